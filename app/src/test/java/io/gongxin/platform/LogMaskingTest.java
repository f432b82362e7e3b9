package io.gongxin.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped logging configuration ({@code logback-spring.xml}) on a logger context of its own, as Spring Boot
 * applies it when {@code logging.file.name} is set: the log file never receives a resident id number.
 */
class LogMaskingTest {

	@TempDir
	Path directory;

	@Test
	@DisplayName("R-31 the log file masks resident id numbers in messages, URIs and stack traces")
	void logFileMasksIdNumbers() throws Exception {
		Path file = directory.resolve("gongxin.log");
		String id = new SyntheticSubjects(System.nanoTime()).person().id().value();
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
		context.start();
		context.putProperty("LOG_FILE", file.toString());
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(context);
		configurator.doConfigure(getClass().getClassLoader().getResource("logback-spring.xml"));
		var log = context.getLogger("io.gongxin.test");
		log.warn("GET /api/v1/subjects/{}/profile answered 500", id);
		log.error("failed", new IllegalStateException("no subject " + id.toLowerCase()));
		context.stop();
		assertThat(Files.readString(file)).contains("/api/v1/subjects/[id-masked]/profile", "no subject [id-masked]")
			.doesNotContain(id)
			.doesNotContain(id.toLowerCase());
	}

	@Test
	@DisplayName("R-31 with logging.structured.format.console=ecs the console writes JSON lines, with the request id, and masks resident id numbers in message and stack trace")
	void jsonLinesMaskIdNumbers() throws Exception {
		String id = new SyntheticSubjects(System.nanoTime()).person().id().value();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.PrintStream console = System.out;
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
		// what Spring Boot's logging system gives logback: the format chosen and its environment
		context.putProperty("CONSOLE_LOG_STRUCTURED_FORMAT", "ecs");
		context.putObject(org.springframework.core.env.Environment.class.getName(),
				new org.springframework.core.env.StandardEnvironment());
		context.start();
		System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			JoranConfigurator configurator = new JoranConfigurator();
			configurator.setContext(context);
			configurator.doConfigure(getClass().getClassLoader().getResource("logback-spring.xml"));
			var log = context.getLogger("io.gongxin.test");
			context.getMDCAdapter().put("requestId", "req-json-1");
			log.warn("GET /api/v1/subjects/{}/profile answered 500", id);
			log.error("failed", new IllegalStateException("no subject\n" + id + "\n" + id.toLowerCase()));
			context.getMDCAdapter().remove("requestId");
			context.stop();
		}
		finally {
			System.setOut(console);
		}
		String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.List<String> lines = written.lines().filter(l -> !l.isBlank()).toList();
		assertThat(lines).hasSize(2);
		for (String line : lines) {
			assertThat(line).startsWith("{").endsWith("}").contains("\"requestId\":\"req-json-1\"");
		}
		assertThat(lines.get(0)).contains("/api/v1/subjects/[id-masked]/profile");
		assertThat(lines.get(1)).contains("no subject").contains("IllegalStateException");
		assertThat(written).doesNotContain(id).doesNotContain(id.toLowerCase())
			.doesNotContain(id.substring(0, 17));
	}

	@Test
	@DisplayName("R-31 only 18-character id-shaped tokens are masked; record ids, hashes and USCCs with letters stay")
	void onlyIdShapedTokensAreMasked() {
		assertThat(ResidentIdMask.mask("record 12345 of batch 00000000-0000-4000-8000-00000000abcd"))
			.isEqualTo("record 12345 of batch 00000000-0000-4000-8000-00000000abcd");
		assertThat(ResidentIdMask.mask("91310000132200821H and 11010519600101123X"))
			.isEqualTo("91310000132200821H and [id-masked]");
		assertThat(ResidentIdMask.mask("a0110105196001011239b")).isEqualTo("a0110105196001011239b");
	}
}
