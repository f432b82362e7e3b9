package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.GradingModel;
import io.gongxin.catalog.Severity;
import io.gongxin.catalog.SeverityRule;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** R-17 the published grading model, applied to records given by hand: no database, no Spring. */
class GradingTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final SubjectKey SUBJECT = new SubjectKey(7);

	static final CatalogDocument CATALOG = new CatalogDocument("2026.t", "test", List.of(
			item("ADMIN_PENALTY", Category.DISHONEST,
					new SeverityRule(Severity.GENERAL, "penaltyType", Map.of("吊销营业执照", Severity.SERIOUS))),
			item("COMMENDATION", Category.OTHER, null), item("REGISTRATION", Category.BASIC, null)),
			List.of(), null, null, GradingModel.defaults(), null);

	@Test
	@DisplayName("R-17 a subject without records keeps the base score and its grade")
	void noRecordsKeepsTheBase() {
		Evaluation evaluation = grading(List.of()).evaluate(SUBJECT, TODAY);
		assertThat(evaluation.score()).isEqualTo(100.0);
		assertThat(evaluation.grade()).isEqualTo("A");
		assertThat(evaluation.model()).isEqualTo("2026.t");
		assertThat(evaluation.contributions()).isEmpty();
	}

	@Test
	@DisplayName("R-17 a dishonesty record subtracts its severity's weight, halved for each half-life of its age")
	void weightBySeverityDecaysWithAge() {
		CreditRecord fresh = record(1, "ADMIN_PENALTY", TODAY, Map.of("penaltyType", "吊销营业执照"));
		CreditRecord halfLife = record(2, "ADMIN_PENALTY", TODAY.minusDays(730), Map.of("penaltyType", "罚款"));
		Evaluation evaluation = grading(List.of(fresh, halfLife)).evaluate(SUBJECT, TODAY);
		assertThat(evaluation.contributions()).extracting(Evaluation.Contribution::contribution)
			.containsExactly(-40.0, -7.5);
		assertThat(evaluation.contributions()).extracting(Evaluation.Contribution::severity)
			.containsExactly("SERIOUS", "GENERAL");
		assertThat(evaluation.score()).isEqualTo(52.5);
		assertThat(evaluation.grade()).isEqualTo("D");
	}

	@Test
	@DisplayName("R-17 a commendation adds its weight, a basic record counts nothing, and the parts add up to the score")
	void positiveRecordsAddAndPartsAddUp() {
		CreditRecord penalty = record(1, "ADMIN_PENALTY", TODAY.minusDays(100), Map.of("penaltyType", "罚款"));
		CreditRecord award = record(2, "COMMENDATION", TODAY.minusDays(10), Map.of());
		CreditRecord registration = record(3, "REGISTRATION", TODAY.minusDays(10), Map.of());
		Evaluation evaluation = grading(List.of(penalty, award, registration)).evaluate(SUBJECT, TODAY);
		assertThat(evaluation.contributions()).extracting(Evaluation.Contribution::recordId).containsExactly(1L, 2L);
		double parts = evaluation.contributions().stream().mapToDouble(Evaluation.Contribution::contribution).sum();
		assertThat(evaluation.base() + parts).isCloseTo(evaluation.score(), within(1e-9));
		assertThat(evaluation.grade()).isEqualTo("B");
	}

	@Test
	@DisplayName("R-17, R-18 graded over a matter's items, a record of another item counts nothing")
	void gradeOverItemsLeavesOthersOut() {
		CreditRecord penalty = record(1, "ADMIN_PENALTY", TODAY, Map.of("penaltyType", "吊销营业执照"));
		CreditRecord award = record(2, "COMMENDATION", TODAY, Map.of());
		Evaluation evaluation = grading(List.of(penalty, award)).evaluateOver(SUBJECT, TODAY, Set.of("COMMENDATION"));
		assertThat(evaluation.contributions()).extracting(Evaluation.Contribution::recordId).containsExactly(2L);
		assertThat(evaluation.score()).isEqualTo(105.0);
	}

	private static Grading grading(List<CreditRecord> shown) {
		return new Grading((subject, day) -> subject.equals(SUBJECT) && day.equals(TODAY) ? shown : List.of(),
				new PublishedOnly());
	}

	static CatalogItem item(String code, Category category, SeverityRule severity) {
		return new CatalogItem(code, code, null, category, List.of(SubjectType.LEGAL_PERSON), null, "P5Y", null, null,
				severity, List.of(), null, null, null, null);
	}

	static CreditRecord record(long id, String item, LocalDate occurredOn, Map<String, Object> fields) {
		return new CreditRecord(id, SUBJECT, item, "2026.t", "P", "ref-" + id, occurredOn, null, fields,
				RecordState.ACTIVE, false, 1, null, null);
	}

	/** The catalog in force, and nothing else a test needs. */
	static final class PublishedOnly implements Catalogs {

		@Override
		public CatalogDocument published() {
			return CATALOG;
		}

		@Override
		public Optional<CatalogDocument> version(String version) {
			return Optional.empty();
		}

		@Override
		public List<VersionInfo> versions() {
			return List.of();
		}

		@Override
		public VersionInfo saveDraft(CatalogDocument document, String by) {
			throw new UnsupportedOperationException();
		}

		@Override
		public VersionInfo publish(String version, String by) {
			throw new UnsupportedOperationException();
		}
	}
}
