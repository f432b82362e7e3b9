package io.gongxin.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a catalog document before it can be published: a well-formed version, and each item
 * ({@link ItemValidation}, {@link FieldValidation}, {@link ItemRuleValidation}: R-11b, R-13, R-27a), matter and
 * measure ({@link MatterValidation}, {@link MeasureConditionCheck}) as the law and the platform need it, with no
 * prohibited data anywhere.
 */
public final class CatalogValidation {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

	/** Columns every record has besides its fields; a field may not take their names. */
	public static final Set<String> RESERVED = Set.of("sourceRef", "subjectType", "subjectId", "subjectName",
			"occurredOn", "endedOn");

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
			ItemValidation.check(document.items().get(i), "items[" + i + "]", itemCodes, errors);
		}
		MatterValidation.check(document, itemCodes, errors);
		return errors;
	}

	static void required(String value, String path, List<CatalogError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new CatalogError(path, "REQUIRED", "必填"));
		}
	}

	static void prohibited(String value, String path, List<CatalogError> errors) {
		ProhibitedData.termIn(value)
			.ifPresent(term -> errors.add(new CatalogError(path, "PROHIBITED_FIELD",
					"依法禁止归集的信息（R-14）：" + term)));
	}
}
