package io.gongxin.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a catalog document before it can be published: codes and field names are
 * well-formed and unique, every field has a label and a type, enum fields list their values, periods
 * parse, matters name only existing items and well-formed organisations they are granted to, a measure's
 * condition is of a known kind and names only items of its matter ({@link MeasureConditionCheck}), and no item, field or label
 * carries prohibited data. A dishonesty item has a query period unless it names the rule that makes it
 * permanent (R-27a), and names its legal document's number and deciding body as required fields (R-11b).
 */
public final class CatalogValidation {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

	/** An organisation's code as the accounts module keeps it (e.g. {@code PROCUREMENT}, {@code AGENCY1}). */

	private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	/** Columns every record has besides its fields; a field may not take their names. */
	public static final Set<String> RESERVED = Set.of("sourceRef", "subjectType", "subjectId", "subjectName",
			"occurredOn", "endedOn");

	private static final int MAX_BASIS = 500;

	private CatalogValidation() {
	}

	public static List<CatalogError> validate(CatalogDocument document) {
		List<CatalogError> errors = new ArrayList<>();
		if (document.version() == null || !document.version().matches("[0-9A-Za-z][0-9A-Za-z._-]{0,31}")) {
			errors.add(new CatalogError("version", "INVALID_VERSION", "版本号须为1至32位字母、数字、点、下划线或连字符"));
		}
		if (document.items().isEmpty()) {
			errors.add(new CatalogError("items", "REQUIRED", "目录至少包含一个信息项"));
		}
		Set<String> itemCodes = new HashSet<>();
		for (int i = 0; i < document.items().size(); i++) {
			CatalogItem item = document.items().get(i);
			String path = "items[" + i + "]";
			if (item.code() == null || !CODE.matcher(item.code()).matches()) {
				errors.add(new CatalogError(path + ".code", "INVALID_CODE", "信息项代码须为大写字母、数字和下划线"));
			}
			else if (!itemCodes.add(item.code())) {
				errors.add(new CatalogError(path + ".code", "DUPLICATE_CODE", "信息项代码重复：" + item.code()));
			}
			checkItem(item, path, errors);
		}
		MatterValidation.check(document, itemCodes, errors);
		return errors;
	}

	private static void checkItem(CatalogItem item, String path, List<CatalogError> errors) {
		required(item.name(), path + ".name", errors);
		prohibited(item.name(), path + ".name", errors);
		if (item.category() == null) {
			errors.add(new CatalogError(path + ".category", "REQUIRED", "须指定信息类别"));
		}
		if (item.disclosure() == null) {
			errors.add(new CatalogError(path + ".disclosure", "REQUIRED", "须指定公开程度"));
		}
		if (item.subjectTypes().isEmpty()) {
			errors.add(new CatalogError(path + ".subjectTypes", "REQUIRED", "须指定适用的主体类型"));
		}
		if (item.queryPeriod() != null) {
			try {
				Period.parse(item.queryPeriod());
			}
			catch (DateTimeParseException ex) {
				errors.add(new CatalogError(path + ".queryPeriod", "INVALID_PERIOD", "查询期限须为 ISO-8601 期间，如 P5Y"));
			}
		}
		if (item.category() == Category.DISHONEST) {
			checkDishonest(item, path, errors);
		}
		checkCollectableAfter(item, path, errors);
		Set<String> names = new HashSet<>();
		for (int f = 0; f < item.fields().size(); f++) {
			checkField(item.fields().get(f), path + ".fields[" + f + "]", names, errors);
		}
	}

	/** A field: a well-formed name not used twice nor reserved, a label, a type, and an enum's values. */
	private static void checkField(CatalogField field, String fieldPath, Set<String> names, List<CatalogError> errors) {
		if (field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
			errors.add(new CatalogError(fieldPath + ".name", "INVALID_FIELD_NAME", "字段名须以小写字母开头，仅含字母和数字"));
		}
		else if (!names.add(field.name()) || RESERVED.contains(field.name())) {
			errors.add(new CatalogError(fieldPath + ".name", "DUPLICATE_FIELD", "字段名重复或为保留名：" + field.name()));
		}
		required(field.label(), fieldPath + ".label", errors);
		prohibited(field.name(), fieldPath + ".name", errors);
		prohibited(field.label(), fieldPath + ".label", errors);
		if (field.type() == null) {
			errors.add(new CatalogError(fieldPath + ".type", "REQUIRED", "须指定字段类型"));
		}
		else if (field.type() == FieldType.ENUM && (field.values() == null || field.values().isEmpty())) {
			errors.add(new CatalogError(fieldPath + ".values", "REQUIRED", "枚举字段须列出可选值"));
		}
	}

	/** R-27a, R-11b: what every dishonesty item must state. */
	private static void checkDishonest(CatalogItem item, String path, List<CatalogError> errors) {
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
	private static void checkCollectableAfter(CatalogItem item, String path, List<CatalogError> errors) {
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

	static void required(String value, String path, List<CatalogError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new CatalogError(path, "REQUIRED", "必填"));
		}
	}

	private static void prohibited(String value, String path, List<CatalogError> errors) {
		ProhibitedData.termIn(value)
			.ifPresent(term -> errors.add(new CatalogError(path, "PROHIBITED_FIELD",
					"依法禁止归集的信息（R-14）：" + term)));
	}
}
