package io.gongxin.catalog;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static io.gongxin.catalog.CatalogValidation.prohibited;
import static io.gongxin.catalog.CatalogValidation.required;

/** A field's part of a catalog's validation. */
final class FieldValidation {

	private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	private FieldValidation() {
	}

	/** A field: a well-formed name not used twice nor reserved, a label, a type, and an enum's values. */
	static void check(CatalogField field, String fieldPath, Set<String> names, List<CatalogError> errors) {
		if (field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
			errors.add(new CatalogError(fieldPath + ".name", "INVALID_FIELD_NAME", "字段名须以小写字母开头，仅含字母和数字"));
		}
		else if (!names.add(field.name()) || CatalogValidation.RESERVED.contains(field.name())) {
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
}
