package io.gongxin.query.internal;

import java.time.LocalDate;

import io.gongxin.record.RecordState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gongxin.query.internal.QueryRulesFixture.ARREARS;
import static io.gongxin.query.internal.QueryRulesFixture.CATALOG;
import static io.gongxin.query.internal.QueryRulesFixture.LICENCE;
import static io.gongxin.query.internal.QueryRulesFixture.PENALTY;
import static io.gongxin.query.internal.QueryRulesFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

/** R-27a as the query reads it: a plain test, no Spring, no database. */
class ExpiryTest {

	private static final LocalDate OCCURRED = LocalDate.of(2019, 3, 15);

	@Test
	@DisplayName("R-27a a dishonesty record is shown until the day its period from the act's end runs out")
	void shownUntilThePeriodRunsOut() {
		var penalty = record(PENALTY, OCCURRED, null, RecordState.ACTIVE);
		assertThat(Expiry.shown(penalty, PENALTY, CATALOG, LocalDate.of(2024, 3, 14))).isTrue();
		assertThat(Expiry.shown(penalty, PENALTY, CATALOG, LocalDate.of(2024, 3, 15))).isFalse();
	}

	@Test
	@DisplayName("R-27a the period runs from the day the act ended, not the day it occurred")
	void periodRunsFromTheEndOfTheAct() {
		var penalty = record(PENALTY, OCCURRED, LocalDate.of(2020, 6, 1), RecordState.ACTIVE);
		assertThat(Expiry.shown(penalty, PENALTY, CATALOG, LocalDate.of(2025, 5, 31))).isTrue();
		assertThat(Expiry.shown(penalty, PENALTY, CATALOG, LocalDate.of(2025, 6, 1))).isFalse();
	}

	@Test
	@DisplayName("R-27a a continuing act without an end date has not ended and stays queryable")
	void continuingActStaysQueryable() {
		var arrears = record(ARREARS, OCCURRED, null, RecordState.ACTIVE);
		assertThat(Expiry.shown(arrears, ARREARS, CATALOG, LocalDate.of(2040, 1, 1))).isTrue();
		var paid = record(ARREARS, OCCURRED, LocalDate.of(2021, 1, 10), RecordState.ACTIVE);
		assertThat(Expiry.shown(paid, ARREARS, CATALOG, LocalDate.of(2026, 1, 10))).isFalse();
	}

	@Test
	@DisplayName("R-27a an item without a query period never expires")
	void itemWithoutPeriodNeverExpires() {
		var licence = record(LICENCE, LocalDate.of(2001, 1, 1), null, RecordState.ACTIVE);
		assertThat(Expiry.shown(licence, LICENCE, CATALOG, LocalDate.of(2099, 12, 31))).isTrue();
	}
}
