package io.gongxin.audit.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which days get their signed checkpoint (R-19: no unnoticed change to the query log). */
class FinishedDaysTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	@Test
	@DisplayName("R-19: from the first sealed entry's day up to yesterday, today never")
	void fromTheFirstSealedDayUpToYesterday() {
		assertThat(FinishedDays.due(null, TODAY.minusDays(3), TODAY))
			.containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
		assertThat(FinishedDays.due(null, TODAY, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("R-19: a signed day is not signed again; the next starts after the last signed")
	void afterTheLastSigned() {
		assertThat(FinishedDays.due(TODAY.minusDays(2), TODAY.minusDays(30), TODAY)).containsExactly(TODAY.minusDays(1));
		assertThat(FinishedDays.due(TODAY.minusDays(1), TODAY.minusDays(30), TODAY)).isEmpty();
	}

	@Test
	@DisplayName("nothing is due while nothing is sealed")
	void nothingSealed() {
		assertThat(FinishedDays.due(null, null, TODAY)).isEmpty();
	}
}
