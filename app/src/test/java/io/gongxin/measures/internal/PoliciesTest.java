package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.catalog.AnyRecord;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.DishonestRecord;
import io.gongxin.catalog.Listed;
import io.gongxin.catalog.MeasureCondition;
import io.gongxin.catalog.Represents;
import io.gongxin.catalog.Severity;
import io.gongxin.catalog.SeverityRule;
import io.gongxin.measures.ListType;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policies of the application list, on a situation built by hand: no database, no Spring. */
class PoliciesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final CatalogDocument CATALOG = new CatalogDocument("t", "test", List.of(
			item("ADMIN_PENALTY", Category.DISHONEST,
					new SeverityRule(Severity.GENERAL, "penaltyType", Map.of("吊销营业执照", Severity.SERIOUS))),
			item("CRIMINAL_JUDGMENT", Category.OTHER, null), item("COMMENDATION", Category.OTHER, null)),
			List.of(), null, null, null, null);

	final Subject company = new Subject(new SubjectKey(1), SubjectType.LEGAL_PERSON, "某公司", "91310000000000000X", false);

	final Subject person = new Subject(new SubjectKey(2), SubjectType.NATURAL_PERSON, "张三", "3101**********123X", false);

	final Policies policies = new Policies(null);

	@Test
	@DisplayName("R-23 DISHONEST_RECORD counts dishonesty records of the severities asked, within the period")
	void dishonestRecordBySeverityAndPeriod() {
		CreditRecord serious = record(11, "ADMIN_PENALTY", "2025-01-01", Map.of("penaltyType", "吊销营业执照"));
		CreditRecord general = record(12, "ADMIN_PENALTY", "2025-01-01", Map.of("penaltyType", "罚款"));
		CreditRecord old = record(13, "ADMIN_PENALTY", "2022-01-01", Map.of("penaltyType", "吊销营业执照"));
		CreditRecord other = record(14, "COMMENDATION", "2025-01-01", Map.of());
		Situation situation = situation(company, List.of(serious, general, old, other), List.of(), List.of());
		assertThat(recordIds(new DishonestRecord(null, List.of(Severity.SERIOUS), null, null, "P3Y"),
				situation)).containsExactly(11L);
		assertThat(recordIds(new DishonestRecord(null, null, null, null, null), situation))
			.containsExactly(11L, 12L, 13L);
	}

	@Test
	@DisplayName("R-24b RECORD finds a bribery judgment by its field, of any category, for 3 years")
	void recordByFieldText() {
		CreditRecord bribery = record(21, "CRIMINAL_JUDGMENT", "2024-01-01", Map.of("charge", "单位行贿罪"));
		CreditRecord fraud = record(22, "CRIMINAL_JUDGMENT", "2024-01-01", Map.of("charge", "合同诈骗罪"));
		CreditRecord stale = record(23, "CRIMINAL_JUDGMENT", "2023-05-31", Map.of("charge", "行贿罪"));
		MeasureCondition bar = new AnyRecord(List.of("CRIMINAL_JUDGMENT"), null, "charge", "行贿", "P3Y");
		assertThat(recordIds(bar, situation(company, List.of(bribery, fraud, stale), List.of(), List.of())))
			.containsExactly(21L);
	}

	@Test
	@DisplayName("R-22 LISTED counts an entry of that list in force on the day, not a proposed, removed or lapsed one")
	void listedInForceOnly() {
		ListEntry red = entry(31, ListType.RED, "ACTIVE", "2026-01-01", "2027-01-01");
		ListEntry proposed = entry(32, ListType.RED, "PROPOSED", "2026-01-01", "2027-01-01");
		ListEntry lapsed = entry(33, ListType.RED, "ACTIVE", "2024-01-01", "2025-01-01");
		ListEntry black = entry(34, ListType.SERIOUS_DISHONESTY, "ACTIVE", "2026-01-01", "2027-01-01");
		Situation situation = situation(company, List.of(), List.of(red, proposed, lapsed, black), List.of());
		assertThat(policies.evaluate(new Listed("RED"), situation)).extracting(Because::listEntryId)
			.containsExactly(31L);
		assertThat(policies.evaluate(new Listed(null), situation)).extracting(Because::listEntryId)
			.containsExactly(34L);
	}

	@Test
	@DisplayName("R-24b the bar lasts exactly the period from the decision: the day before the same date 3 years on is barred, that date is free")
	void barLastsExactlyThePeriod() {
		LocalDate decided = LocalDate.of(2026, 3, 1);
		assertThat(RepresentsPolicy.barred(decided, Period.ofYears(3), LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(RepresentsPolicy.barred(decided, Period.ofYears(3), decided)).isTrue();
		assertThat(RepresentsPolicy.barred(decided, Period.ofYears(3), LocalDate.of(2029, 2, 28))).isTrue();
		assertThat(RepresentsPolicy.barred(decided, Period.ofYears(3), LocalDate.of(2029, 3, 1))).isFalse();
	}

	@Test
	@DisplayName("R-24b REPRESENTS bars the person whose organisation lost its business licence while the person was in office, not for a permit revocation")
	void representsFollowsTheLegalRepresentative() {
		CreditRecord licence = record(41, "ADMIN_PENALTY", "2025-06-01",
				Map.of("penaltyType", "吊销营业执照", "decidedOn", "2025-06-01"));
		CreditRecord permit = record(42, "ADMIN_PENALTY", "2025-06-01",
				Map.of("penaltyType", "吊销许可证件", "decidedOn", "2025-06-01"));
		CreditRecord afterOffice = record(43, "ADMIN_PENALTY", "2026-03-01",
				Map.of("penaltyType", "吊销营业执照", "decidedOn", "2026-03-01"));
		Situation.Represented represented = new Situation.Represented(company, LocalDate.of(2020, 1, 1),
				LocalDate.of(2025, 12, 31), List.of(licence, permit, afterOffice), List.of());
		MeasureCondition bar = new Represents(null, List.of("ADMIN_PENALTY"), null, "penaltyType",
				"吊销营业执照", null, "P3Y");
		List<Because> because = policies.evaluate(bar, situation(person, List.of(), List.of(), List.of(represented)));
		assertThat(because).extracting(Because::recordId).containsExactly(41L);
		assertThat(because.get(0).reason()).contains("某公司").contains("2025-06-01起，至2028-05-31止");
	}

	@Test
	@DisplayName("R-24e a condition of a kind the platform does not know holds for nobody")
	void unknownConditionHoldsForNobody() {
		CreditRecord penalty = record(51, "ADMIN_PENALTY", "2026-01-01", Map.of());
		assertThat(policies.evaluate(new MeasureCondition.Unknown("LUCKY"),
				situation(company, List.of(penalty), List.of(), List.of()))).isEmpty();
	}

	@Test
	@DisplayName("R-22 a red-list entry ends with the first dishonesty record that occurred after its decision, not with an earlier one or a commendation")
	void redListEndsOnNewDishonesty() {
		ListEntry red = entry(61, ListType.RED, "ACTIVE", "2026-01-10", "2027-01-09");
		CreditRecord before = record(62, "ADMIN_PENALTY", "2026-01-09", Map.of());
		CreditRecord award = record(63, "COMMENDATION", "2026-03-01", Map.of());
		assertThat(RedListExit.endedBy(red, List.of(before, award), CATALOG)).isEmpty();
		CreditRecord later = record(64, "ADMIN_PENALTY", "2026-05-01", Map.of());
		CreditRecord first = record(65, "ADMIN_PENALTY", "2026-02-01", Map.of());
		assertThat(RedListExit.endedBy(red, List.of(before, later, first), CATALOG)).map(CreditRecord::id).contains(65L);
		ListEntry black = entry(66, ListType.SERIOUS_DISHONESTY, "ACTIVE", "2026-01-10", "2027-01-09");
		assertThat(RedListExit.endedBy(black, List.of(later), CATALOG)).isEmpty();
	}

	@Test
	@DisplayName("R-24 only a provider's proposal can be confirmed")
	void onlyAProposalIsConfirmed() {
		assertThat(entry(71, ListType.RED, "PROPOSED", "2026-01-10", "2027-01-09").confirmed())
			.isEqualTo(ListEntry.Status.ACTIVE);
		assertThatThrownBy(() -> entry(72, ListType.RED, "REMOVED", "2026-01-10", "2027-01-09").confirmed())
			.isInstanceOf(io.gongxin.platform.DomainException.class).hasMessageContaining("NOT_PROPOSED");
	}

	private List<Long> recordIds(MeasureCondition condition, Situation situation) {
		return policies.evaluate(condition, situation).stream().map(Because::recordId).toList();
	}

	private static Situation situation(Subject subject, List<CreditRecord> records, List<ListEntry> listed,
			List<Situation.Represented> represented) {
		return new Situation(subject, TODAY, CATALOG, Set.of("ADMIN_PENALTY", "CRIMINAL_JUDGMENT", "COMMENDATION"),
				records, listed, represented);
	}

	static CatalogItem item(String code, Category category, SeverityRule severity) {
		return new CatalogItem(code, code, null, category, List.of(SubjectType.LEGAL_PERSON), null, "P5Y", null, null,
				severity, List.of(), null, null, null, null);
	}

	static CreditRecord record(long id, String item, String occurredOn, Map<String, Object> fields) {
		return new CreditRecord(id, new SubjectKey(1), item, "t", "P", "ref-" + id, LocalDate.parse(occurredOn), null,
				fields, RecordState.ACTIVE, false, 1, null, null);
	}

	private ListEntry entry(long id, ListType type, String status, String decidedOn, String validUntil) {
		return new ListEntry(id, company.key(), type, "事由", "依据", LocalDate.parse(decidedOn),
				LocalDate.parse(validUntil), ListEntry.Status.valueOf(status), null);
	}
}
