package io.gongxin.report.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** a report's number says its day and cannot be guessed; a typed number of another shape names no report. */
class ReportNumbersTest {

	@Test
	void r34NumberCarriesTheIssueDayAndTenCrockfordCharacters() {
		String number = ReportNumbers.next(LocalDate.of(2026, 3, 2));
		assertThat(number).startsWith("GX20260302-").hasSize(21).matches("GX\\d{8}-[0-9A-HJKMNP-TV-Z]{10}");
		assertThat(ReportNumbers.wellFormed(number)).isTrue();
	}

	@Test
	void r34NumbersOfOneDayDoNotRepeat() {
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			numbers.add(ReportNumbers.next(LocalDate.of(2026, 3, 2)));
		}
		assertThat(numbers).hasSize(1000);
	}

	@Test
	void r34NumbersOfAnotherShapeAreNotWellFormed() {
		assertThat(ReportNumbers.wellFormed(null)).isFalse();
		assertThat(ReportNumbers.wellFormed("")).isFalse();
		// I, L, O and U are not in Crockford's alphabet
		assertThat(ReportNumbers.wellFormed("GX20260302-ABCDEFGHIL")).isFalse();
		assertThat(ReportNumbers.wellFormed("GX20260302-ABCDEFGH")).isFalse();
		assertThat(ReportNumbers.wellFormed("gx20260302-ABCDEFGHJK")).isFalse();
		assertThat(ReportNumbers.wellFormed("GX2026032-ABCDEFGHJKM")).isFalse();
		assertThat(ReportNumbers.wellFormed("GX20260302-ABCDEFGHJK")).isTrue();
	}
}
