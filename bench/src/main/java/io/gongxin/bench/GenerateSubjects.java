package io.gongxin.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;

/**
 * Writes synthetic organisations and their legal representatives as CSV, reproducibly from a seed:
 * {@code java -cp ... io.gongxin.bench.GenerateSubjects <count> <seed> <file>}. The file holds
 * synthetic resident id numbers; it is test data, never committed.
 */
public final class GenerateSubjects {

	private GenerateSubjects() {
	}

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		Path file = Path.of(args.length > 2 ? args[2] : "target/subjects.csv");
		long started = System.nanoTime();
		write(count, seed, file);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("%d organisations with legal representatives in %.2f s (%.0f per second) -> %s%n", count,
				seconds, count / seconds, file);
	}

	static void write(int count, long seed, Path file) throws IOException {
		SyntheticSubjects generator = new SyntheticSubjects(seed);
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("uscc,name,legalRepresentativeId,legalRepresentativeName,legalRepresentativeBirthDate\n");
			for (int i = 0; i < count; i++) {
				SyntheticOrganisation organisation = generator.organisation();
				SyntheticPerson person = organisation.legalRepresentative();
				out.write(String.join(",", organisation.code().value(), organisation.name(), person.id().value(),
						person.name(), person.birthDate().toString()));
				out.write('\n');
			}
		}
	}
}
