package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Disclosure;
import io.gongxin.catalog.FieldType;
import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck;
import io.gongxin.collection.RecordError;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of one row against its catalog item, without Spring: each test names the rule it reads. The
 * item is an administrative penalty (dishonesty, organisations and persons) with a required amount, a reason
 * and an optional procedure; no publicity deadline, so the calendar is not asked.
 */
class RecordValidationRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private static final String COMPANY = "91350100M000100Y43";

	private static final String ADULT = "11010519491231002X";

	/** Born 2015-01-01: a minor on any date this test uses. */
	private static final String CHILD = "110105201501010017";

	private static final CatalogItem PENALTY = new CatalogItem("ADMIN_PENALTY", "行政处罚", "Administrative penalty",
			Category.DISHONEST, List.of(SubjectType.LEGAL_PERSON, SubjectType.NATURAL_PERSON), Disclosure.PUBLIC, "P3Y",
			false, null, null,
			List.of(new CatalogField("amount", "罚款金额", "Fine", FieldType.DECIMAL, true, null),
					new CatalogField("reason", "处罚事由", "Reason", FieldType.STRING, true, null),
					new CatalogField("procedure", "适用程序", "Procedure", FieldType.STRING, false, null)),
			false, null, null, null);

	private static final CatalogItem AWARD = new CatalogItem("AWARD", "表彰奖励", "Award", Category.OTHER,
			List.of(SubjectType.LEGAL_PERSON), Disclosure.PUBLIC, "P3Y", false, null, null, List.of(), false, null,
			null, null);

	private final RecordValidation validation;

	RecordValidationRulesTest() {
		Identifiers identifiers = new Identifiers(List.of());
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		validation = new RecordValidation(new SubjectCheck(identifiers),
				new FieldChecks(new ValueChecks(identifiers)), new Timeliness(null), messages,
				new ValidationContexts(null, null, null));
	}

	private RecordCheck.Checked check(String item, String subjectId, Object occurredOn, Object endedOn,
			Map<String, Object> fields) {
		CatalogDocument catalog = new CatalogDocument("test", "test", List.of(PENALTY, AWARD), null, null, null, null,
				null);
		return validation.check(new RawRecord(item, "ref-1", null, subjectId, "某公司", occurredOn, endedOn, fields),
				new RecordCheck.Context(catalog, Set.of("ADMIN_PENALTY", "AWARD"), TODAY, Locale.SIMPLIFIED_CHINESE));
	}

	private static Map<String, Object> fields(Object... pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	private static List<String> codes(RecordCheck.Checked checked) {
		return checked.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
	}

	@Test
	void aRowThatFitsItsItemIsValidWithItsFieldsInTheCatalogsTypes() {
		RecordCheck.Checked checked = check("ADMIN_PENALTY", COMPANY, "2025-05-01", null,
				fields("罚款金额", "1000.50", "reason", "超标排放"));
		assertThat(checked.errors()).isEmpty();
		assertThat(checked.record().fields()).containsOnlyKeys("amount", "reason");
		assertThat(checked.record().fields().get("amount")).isEqualTo(new java.math.BigDecimal("1000.50"));
		assertThat(checked.record().late()).as("no publicity deadline, so no lateness").isNull();
	}

	@Test
	void r11bEveryFieldOutsideTheCatalogIsRefusedAndEveryRequiredOneMissingIsNamed() {
		RecordCheck.Checked checked = check("ADMIN_PENALTY", COMPANY, "2025-05-01", null,
				fields("amount", "abc", "colour", "red"));
		assertThat(codes(checked)).containsExactlyInAnyOrder("fields.amount:INVALID_NUMBER", "fields.colour:UNKNOWN_FIELD",
				"fields.reason:REQUIRED");
		assertThat(checked.record()).isNull();
	}

	@Test
	void r14AProhibitedFieldIsRefusedByName() {
		RecordCheck.Checked checked = check("ADMIN_PENALTY", COMPANY, "2025-05-01", null,
				fields("amount", "1", "reason", "x", "宗教信仰", "某教"));
		assertThat(codes(checked)).containsExactly("fields.宗教信仰:PROHIBITED_FIELD");
	}

	@Test
	void r31AResidentIdNumberInAFreeTextFieldIsRefused() {
		RecordCheck.Checked checked = check("ADMIN_PENALTY", COMPANY, "2025-05-01", null,
				fields("amount", "1", "reason", "当事人 " + ADULT + " 超标排放"));
		assertThat(codes(checked)).containsExactly("fields.reason:ID_NUMBER_IN_TEXT");
		assertThat(checked.errors().get(0).message()).doesNotContain(ADULT);
	}

	@Test
	void r10APersonUnder18OnTheRecordsDateIsNotCollected() {
		assertThat(codes(check("ADMIN_PENALTY", CHILD, "2025-05-01", null, fields("amount", "1", "reason", "x"))))
			.containsExactly("subject.id:MINOR_SUBJECT");
		assertThat(check("ADMIN_PENALTY", ADULT, "2025-05-01", null, fields("amount", "1", "reason", "x")).valid())
			.isTrue();
	}

	@Test
	void r05AnInvalidIdentifierOrASubjectTypeTheItemDoesNotAllowIsRefused() {
		assertThat(codes(check("ADMIN_PENALTY", "91350100M000100Y44", "2025-05-01", null,
				fields("amount", "1", "reason", "x"))))
			.containsExactly("subject.id:INVALID_IDENTIFIER");
		assertThat(codes(check("AWARD", ADULT, "2025-05-01", null, fields())))
			.containsExactly("subject.type:SUBJECT_TYPE_NOT_ALLOWED");
	}

	@Test
	void r12ASummaryProcedurePenaltyIsNotDishonestyInformation() {
		assertThat(codes(check("ADMIN_PENALTY", COMPANY, "2025-05-01", null,
				fields("amount", "1", "reason", "x", "procedure", CollectionScope.SUMMARY_PROCEDURE))))
			.containsExactly("fields.procedure:SUMMARY_PROCEDURE_PENALTY");
	}

	@Test
	void datesAreRequiredInRangeAndInOrder() {
		assertThat(codes(check("ADMIN_PENALTY", COMPANY, null, null, fields("amount", "1", "reason", "x"))))
			.containsExactly("occurredOn:REQUIRED");
		assertThat(codes(check("ADMIN_PENALTY", COMPANY, "2025-07-01", null, fields("amount", "1", "reason", "x"))))
			.as("after today").containsExactly("occurredOn:DATE_OUT_OF_RANGE");
		assertThat(codes(check("ADMIN_PENALTY", COMPANY, "2025-05-01", "2025-04-01", fields("amount", "1", "reason", "x"))))
			.containsExactly("endedOn:ENDED_BEFORE_OCCURRED");
	}

	@Test
	void anItemTheProviderMayNotSubmitIsRefusedAndEveryMessageNamesTheColumnAsThePersonSeesIt() {
		CatalogDocument catalog = new CatalogDocument("test", "test", List.of(PENALTY), null, null, null, null, null);
		RecordCheck.Checked checked = validation.check(
				new RawRecord("ADMIN_PENALTY", "ref", null, COMPANY, null, "2025-05-01", null, fields("amount", "1", "reason", "x")),
				new RecordCheck.Context(catalog, Set.of(), TODAY, Locale.SIMPLIFIED_CHINESE));
		assertThat(codes(checked)).containsExactly("item:ITEM_NOT_PERMITTED");
		RecordError missing = check("ADMIN_PENALTY", COMPANY, "2025-05-01", null, fields("amount", "1")).errors().get(0);
		assertThat(missing.message()).startsWith("处罚事由");
	}
}
