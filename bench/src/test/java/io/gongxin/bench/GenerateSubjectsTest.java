package io.gongxin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateSubjectsTest {

	@Test
	void writesTheSameValidSubjectsForTheSameSeed(@TempDir Path dir) throws Exception {
		GenerateSubjects.write(500, 11, dir.resolve("a.csv"));
		GenerateSubjects.write(500, 11, dir.resolve("b.csv"));
		List<String> lines = Files.readAllLines(dir.resolve("a.csv"));
		assertThat(lines).hasSize(501).isEqualTo(Files.readAllLines(dir.resolve("b.csv")));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			UnifiedSocialCreditCode.parse(cells[0]);
			assertThat(ResidentIdNumber.parse(cells[2]).birthDate().toString()).isEqualTo(cells[4]);
		}
	}
}
