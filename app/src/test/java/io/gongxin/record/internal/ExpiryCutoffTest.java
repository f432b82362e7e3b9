package io.gongxin.record.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryCutoffTest {

	@Test
	@DisplayName("R-27a: the last due day is exactly the last day whose period has run out by today, month ends and leap days included")
	void lastDueIsTheExactBoundOfTheRule() {
		List<Period> periods = List.of(Period.ofYears(1), Period.ofYears(3), Period.ofYears(5), Period.ofMonths(6),
				Period.ofMonths(1), Period.of(0, 1, 15), Period.ofDays(90), Period.of(2, 3, 0));
		for (Period period : periods) {
			for (LocalDate today = LocalDate.of(2027, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1)); today = today.plusDays(1)) {
				LocalDate last = ExpiryCutoff.lastDue(period, today);
				assertThat(last.plus(period)).as("%s due by %s", last, today).isBeforeOrEqualTo(today);
				assertThat(last.plusDays(1).plus(period)).as("%s not yet due by %s", last.plusDays(1), today).isAfter(today);
			}
		}
	}

	@Test
	@DisplayName("R-27a: an act that ended on 29 February has its year run out on 28 February of the next year, so the sweep's range reaches it")
	void leapDay() {
		assertThat(ExpiryCutoff.lastDue(Period.ofYears(1), LocalDate.of(2029, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(LocalDate.of(2028, 2, 29).plus(Period.ofYears(1))).isEqualTo(LocalDate.of(2029, 2, 28));
	}
}
