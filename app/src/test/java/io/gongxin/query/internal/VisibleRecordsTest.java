package io.gongxin.query.internal;

import java.time.LocalDate;

import io.gongxin.dispute.ObjectionMark;
import io.gongxin.query.CreditProfile;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.gongxin.query.internal.QueryRulesFixture.CATALOG;
import static io.gongxin.query.internal.QueryRulesFixture.PENALTY;
import static io.gongxin.query.internal.QueryRulesFixture.SOCIAL_INSURANCE;
import static io.gongxin.query.internal.QueryRulesFixture.ownView;
import static io.gongxin.query.internal.QueryRulesFixture.publicView;
import static io.gongxin.query.internal.QueryRulesFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

/** Which records a view shows and how they are marked: a plain test, no Spring, no database. */
class VisibleRecordsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

	private static final CreditRecord PENALTY_2025 = record(PENALTY, LocalDate.of(2025, 2, 1), null, RecordState.ACTIVE);

	private static final ObjectionMark SUSPENDED = new ObjectionMark("FORWARDED", LocalDate.of(2026, 4, 1), true);

	@Test
	@DisplayName("R-20a a public record in its period is shown to anyone")
	void publicRecordShown() {
		assertThat(RecordVisibility.shows(publicView(), PENALTY_2025, PENALTY, CATALOG, TODAY, null, false)).isTrue();
	}

	@Test
	@DisplayName("R-16b a non-public record is not shown outside the views that open it")
	void nonPublicRecordHidden() {
		CreditRecord insurance = record(SOCIAL_INSURANCE, LocalDate.of(2025, 2, 1), null, RecordState.ACTIVE);
		assertThat(RecordVisibility.shows(publicView(), insurance, SOCIAL_INSURANCE, CATALOG, TODAY, null, false))
			.isFalse();
		assertThat(RecordVisibility.shows(ownView(), insurance, SOCIAL_INSURANCE, CATALOG, TODAY, null, false)).isTrue();
	}

	@Test
	@DisplayName("R-27a an expired record leaves every view, the subject's own too")
	void expiredRecordLeavesEveryView() {
		CreditRecord old = record(PENALTY, LocalDate.of(2020, 2, 1), null, RecordState.ACTIVE);
		assertThat(RecordVisibility.shows(ownView(), old, PENALTY, CATALOG, TODAY, null, false)).isFalse();
	}

	@Test
	@DisplayName("R-30b a suspended record is shown to its subject only, marked suspended")
	void suspendedRecordShownToItsSubjectOnly() {
		assertThat(RecordVisibility.shows(publicView(), PENALTY_2025, PENALTY, CATALOG, TODAY, SUSPENDED, false)).isFalse();
		assertThat(RecordVisibility.shows(ownView(), PENALTY_2025, PENALTY, CATALOG, TODAY, SUSPENDED, false)).isTrue();
		CreditProfile.Shown shown = VisibleRecords.describe(PENALTY_2025, PENALTY, SUSPENDED, null);
		assertThat(shown.suspended()).isTrue();
		assertThat(shown.objection()).isEqualTo(new CreditProfile.Mark("FORWARDED", LocalDate.of(2026, 4, 1)));
	}

	@Test
	@DisplayName("R-29b a record withdrawn by an upheld objection stays in its subject's own view only, with the reason")
	void withdrawnRecordInTheSubjectsViewOnly() {
		assertThat(RecordVisibility.shows(publicView(), PENALTY_2025, PENALTY, CATALOG, TODAY, null, true)).isFalse();
		assertThat(RecordVisibility.shows(ownView(), PENALTY_2025, PENALTY, CATALOG, TODAY, null, true)).isTrue();
		assertThat(VisibleRecords.describe(PENALTY_2025, PENALTY, null, "核实有误").withdrawn())
			.isEqualTo(new CreditProfile.Withdrawal("核实有误"));
	}

	@Test
	@DisplayName("R-RP a repaired record is no longer shared; its subject sees it marked repaired")
	void repairedRecordNoLongerShared() {
		CreditRecord repaired = record(PENALTY, LocalDate.of(2025, 2, 1), null, RecordState.REPAIRED);
		assertThat(RecordVisibility.shows(publicView(), repaired, PENALTY, CATALOG, TODAY, null, false)).isFalse();
		assertThat(RecordVisibility.shows(ownView(), repaired, PENALTY, CATALOG, TODAY, null, false)).isTrue();
		assertThat(VisibleRecords.describe(repaired, PENALTY, null, null).repaired()).isTrue();
	}

	@Test
	@DisplayName("R-RP R-29b R-30b a repaired, withdrawn or suspended record is neither shared nor counted")
	void onlyPlainActiveRecordsAreShared() {
		assertThat(RecordVisibility.shared(PENALTY_2025, null, false)).isTrue();
		assertThat(RecordVisibility.shared(PENALTY_2025, new ObjectionMark("RECEIVED", LocalDate.of(2026, 5, 1), false),
				false)).as("an open objection only marks the record").isTrue();
		assertThat(RecordVisibility.shared(PENALTY_2025, SUSPENDED, false)).isFalse();
		assertThat(RecordVisibility.shared(PENALTY_2025, null, true)).isFalse();
		assertThat(RecordVisibility.shared(record(PENALTY, LocalDate.of(2025, 2, 1), null, RecordState.REPAIRED), null,
				false)).isFalse();
	}

	@Test
	@DisplayName("R-30a an unmarked record says no objection and nothing of repair, suspension or withdrawal")
	void unmarkedRecordCarriesNoMarks() {
		CreditProfile.Shown shown = VisibleRecords.describe(PENALTY_2025, PENALTY, null, null);
		assertThat(shown.objection()).isNull();
		assertThat(shown.repaired()).isNull();
		assertThat(shown.suspended()).isNull();
		assertThat(shown.withdrawn()).isNull();
	}
}
