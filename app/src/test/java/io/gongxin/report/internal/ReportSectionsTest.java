package io.gongxin.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.FieldType;
import io.gongxin.report.internal.ReportContent.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** a report reads as a public credit report does: its sections in order, each record's fields in words. */
class ReportSectionsTest {

	private static CatalogField field(String name, String label) {
		return new CatalogField(name, label, null, FieldType.values()[0], false, null);
	}

	@Test
	void r34SectionsComeInTheOrderOfAPublicCreditReport() {
		assertThat(ReportSections.ORDER).containsExactly("BASIC", "ADMIN_LICENSE", "ADMIN_PENALTY", "DISHONEST", "OTHER");
	}

	@Test
	void r34ItemNamedByTheReportGoesUnderItsOwnSection() {
		assertThat(ReportSections.of("ADMIN_PENALTY", "DISHONEST")).isEqualTo("ADMIN_PENALTY");
	}

	@Test
	void r34OtherItemsGoUnderTheirCategory() {
		assertThat(ReportSections.of("TAX_ARREARS", "DISHONEST")).isEqualTo("DISHONEST");
		assertThat(ReportSections.of("VOLUNTEERING", "COMMENDATION")).isEqualTo("COMMENDATION");
	}

	@Test
	void r34FieldsAreShownInTheCatalogsOrderAndWords() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("amount", 2000);
		values.put("decisionNumber", "沪市监罚〔2026〕1号");
		assertThat(ReportSections.fields(List.of(field("decisionNumber", "决定书文号"), field("amount", "罚款金额")), values))
			.containsExactly(new Field("决定书文号", "沪市监罚〔2026〕1号"), new Field("罚款金额", "2000"));
	}

	@Test
	void r34BlankAndUndefinedFieldsAreLeftOut() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("decisionNumber", " ");
		values.put("internalNote", "不在目录中");
		values.put("authority", "市市场监督管理局");
		assertThat(ReportSections.fields(List.of(field("decisionNumber", "决定书文号"), field("authority", "决定机关"),
				field("amount", "罚款金额")), values))
			.containsExactly(new Field("决定机关", "市市场监督管理局"));
	}

	@Test
	void r34RecordOfAnItemTheCatalogNoLongerHasShowsNoFields() {
		assertThat(ReportSections.fields(null, Map.of("amount", 1))).isEmpty();
		assertThat(ReportSections.fields(List.of(field("amount", "罚款金额")), null)).isEmpty();
	}
}
