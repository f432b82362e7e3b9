package io.gongxin.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.gongxin.catalog.CatalogValidation.prohibited;
import static io.gongxin.catalog.CatalogValidation.required;

/** An item's part of a catalog's validation: its name, kind, query period and fields. */
final class ItemValidation {

	private ItemValidation() {
	}

	/** The item at {@code path}: a well-formed code not used before, a name, its kind, its rules and fields. */
	static void check(CatalogItem item, String path, Set<String> itemCodes, List<CatalogError> errors) {
		if (item.code() == null || !CatalogValidation.CODE.matcher(item.code()).matches()) {
			errors.add(new CatalogError(path + ".code", "INVALID_CODE", "信息项代码须为大写字母、数字和下划线"));
		}
		else if (!itemCodes.add(item.code())) {
			errors.add(new CatalogError(path + ".code", "DUPLICATE_CODE", "信息项代码重复：" + item.code()));
		}
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
			ItemRuleValidation.checkDishonest(item, path, errors);
		}
		ItemRuleValidation.checkCollectableAfter(item, path, errors);
		Set<String> names = new HashSet<>();
		for (int f = 0; f < item.fields().size(); f++) {
			FieldValidation.check(item.fields().get(f), path + ".fields[" + f + "]", names, errors);
		}
	}
}
