package io.gongxin.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What an item's rules must state, in a catalog's validation: dishonesty (R-11b, R-27a), a wait. */
final class ItemRuleValidation {

	private static final int MAX_BASIS = 500;

	private ItemRuleValidation() {
	}

	/** R-27a, R-11b: what every dishonesty item must state. */
	static void checkDishonest(CatalogItem item, String path, List<CatalogError> errors) {
		if (item.queryPeriod() == null && (item.permanentBy() == null || item.permanentBy().isBlank())) {
			errors.add(new CatalogError(path + ".queryPeriod", "QUERY_PERIOD_REQUIRED",
					"失信信息须规定查询期限，或以 permanentBy 写明长期公开的法律依据（R-27a）"));
		}
		if (item.permanentBy() != null && item.permanentBy().length() > MAX_BASIS) {
			errors.add(new CatalogError(path + ".permanentBy", "TOO_LONG", "法律依据至多" + MAX_BASIS + "字"));
		}
		LegalDocument document = item.legalDocument();
		if (document == null || !requiredField(item, document.number()) || !requiredField(item, document.body())) {
			errors.add(new CatalogError(path + ".legalDocument", "LEGAL_DOCUMENT_REQUIRED",
					"失信信息须以必填字段写明所依据的生效法律文书的文号和作出机关（legalDocument.number、legalDocument.body，R-11b）"));
		}
		else if (document.decidedOn() != null && !dateField(item, document.decidedOn())) {
			errors.add(new CatalogError(path + ".legalDocument.decidedOn", "INVALID_FIELD_REFERENCE",
					"决定日期须为该信息项的日期字段：" + document.decidedOn()));
		}
	}

	/** the wait before collection counts from a date field of the item, for a well-formed period. */
	static void checkCollectableAfter(CatalogItem item, String path, List<CatalogError> errors) {
		CollectableAfter wait = item.collectableAfter();
		if (wait == null) {
			return;
		}
		if (!dateField(item, wait.field())) {
			errors.add(new CatalogError(path + ".collectableAfter.field", "INVALID_FIELD_REFERENCE",
					"归集等待期须从该信息项的日期字段起算：" + wait.field()));
		}
		try {
			Period.parse(String.valueOf(wait.period()));
		}
		catch (DateTimeParseException ex) {
			errors.add(new CatalogError(path + ".collectableAfter.period", "INVALID_PERIOD", "期间须为 ISO-8601 期间，如 P6M"));
		}
	}

	private static boolean requiredField(CatalogItem item, String name) {
		return name != null && item.field(name).map(CatalogField::required).orElse(false);
	}

	private static boolean dateField(CatalogItem item, String name) {
		return name != null && item.field(name).map(f -> f.type() == FieldType.DATE).orElse(false);
	}
}
