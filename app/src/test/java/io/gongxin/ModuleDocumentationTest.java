package io.gongxin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module documentation is written from the code on every build (issue 15): the diagram of all modules, one
 * diagram and one canvas per module, and the document that gathers them, in {@code docs/modules} (linked from
 * the README). A module added or changed shows there after the next {@code mvn verify}; nobody draws it by hand.
 */
class ModuleDocumentationTest {

	static final Path OUTPUT = Path.of("../docs/modules");

	@Test
	void theModulesAreDocumentedFromTheCode() throws IOException {
		ApplicationModules modules = ApplicationModules.of(GongxinApplication.class);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml();

		assertThat(OUTPUT.resolve("components.puml")).exists();
		assertThat(OUTPUT.resolve("all-docs.adoc")).exists();
		try (Stream<Path> files = Files.list(OUTPUT)) {
			long canvases = files.filter(f -> f.getFileName().toString().startsWith("module-")
					&& f.toString().endsWith(".adoc")).count();
			assertThat(canvases).as("a canvas per module").isEqualTo(modules.stream().count());
		}
		assertThat(Files.readString(OUTPUT.resolve("components.puml"))).containsIgnoringCase("query").containsIgnoringCase("record");
	}
}
