package io.gongxin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
		stabilise();

		assertThat(OUTPUT.resolve("components.puml")).exists();
		assertThat(OUTPUT.resolve("all-docs.adoc")).exists();
		try (Stream<Path> files = Files.list(OUTPUT)) {
			long canvases = files.filter(f -> f.getFileName().toString().startsWith("module-")
					&& f.toString().endsWith(".adoc")).count();
			assertThat(canvases).as("a canvas per module").isEqualTo(modules.stream().count());
		}
		assertThat(Files.readString(OUTPUT.resolve("components.puml"))).containsIgnoringCase("query").containsIgnoringCase("record");
	}

	/**
	 * The Documenter writes a diagram's relations in no fixed order: they are sorted, so that a build changes the
	 * files only when the modules changed.
	 */
	private static void stabilise() throws IOException {
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = new ArrayList<>(Files.readAllLines(puml));
				int from = 0;
				while (from < lines.size()) {
					int to = from;
					while (to < lines.size() && lines.get(to).startsWith("Rel(")) {
						to++;
					}
					Collections.sort(lines.subList(from, to));
					from = to + 1;
				}
				Files.write(puml, lines);
			}
		}
	}
}
