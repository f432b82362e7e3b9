package io.gongxin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.GongxinApplication;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Credit reports over HTTP, HTML beside PDF (each one read through the query log, numbered, digested and kept),
 * on the demo city:
 *
 * <pre>java -cp "bench/target/gongxin-bench.jar:bench/target/lib/*" io.gongxin.bench.ReportBenchmark 2 20</pre>
 * (concurrent clients, seconds per measurement)
 */
public final class ReportBenchmark {

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path work = Files.createTempDirectory("gongxin-report-bench-");
		String[] arguments = { "--demo", "--server.port=0", "--gongxin.data-directory=" + work.resolve("data"),
				"--logging.level.root=WARN", "--gongxin.throttle.anonymous-reports-per-minute=0" };
		try (ConfigurableApplicationContext platform = GongxinApplication.application(arguments).run(arguments)) {
			int port = ((WebServerApplicationContext) platform).getWebServer().getPort();
			List<Subject> organisations = platform.getBean(Subjects.class).searchOrganisations("公司", 100, 0);
			String[] codes = organisations.stream().map(Subject::displayIdentifier).toArray(String[]::new);
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String base = "http://localhost:" + port + "/api/v1/subjects/";
			long[] pdfBytes = { 0, 0 };
			QueryBenchmark.run("HTML report", clients, seconds, codes, code -> {
				HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + code + "/report"))
					.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
				QueryBenchmark.check(r.statusCode());
			});
			QueryBenchmark.run("PDF report", clients, seconds, codes, code -> {
				HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + code + "/report"))
					.header("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
				QueryBenchmark.check(r.statusCode());
				synchronized (pdfBytes) {
					pdfBytes[0] += r.body().length;
					pdfBytes[1]++;
				}
			});
			System.out.printf("PDF size: %,d bytes on average (font subset embedded)%n", pdfBytes[0] / Math.max(1, pdfBytes[1]));
		}
	}
}
