package io.gongxin.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The application list's part of a catalog's validation (R-18, R-24e): each matter a unique code and a name, only
 * items the catalog defines, organisations granted it by well-formed codes, measures complete.
 */
final class MatterValidation {

	private static final Pattern ORGANISATION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	private MatterValidation() {
	}

	static void check(CatalogDocument document, Set<String> itemCodes, List<CatalogError> errors) {
		Set<String> matterCodes = new HashSet<>();
		for (int m = 0; m < document.matters().size(); m++) {
			Matter matter = document.matters().get(m);
			String path = "matters[" + m + "]";
			if (matter.code() == null || !CatalogValidation.CODE.matcher(matter.code()).matches() || !matterCodes.add(matter.code())) {
				errors.add(new CatalogError(path + ".code", "INVALID_CODE", "事项代码无效或重复"));
			}
			CatalogValidation.required(matter.name(), path + ".name", errors);
			for (String item : matter.items()) {
				if (!itemCodes.contains(item)) {
					errors.add(new CatalogError(path + ".items", "UNKNOWN_ITEM", "事项引用了不存在的信息项：" + item));
				}
			}
			Set<String> granted = new HashSet<>();
			for (String organisation : matter.grantedTo()) {
				if (organisation == null || !ORGANISATION.matcher(organisation).matches() || !granted.add(organisation)) {
					errors.add(new CatalogError(path + ".grantedTo", "INVALID_ORGANISATION",
							"授权机构代码无效或重复：" + organisation));
				}
			}
			checkMeasures(matter, path, errors);
		}
	}

	/** R-24e: each measure names its code, kind, means and legal basis; its condition only the matter's items. */
	private static void checkMeasures(Matter matter, String path, List<CatalogError> errors) {
		for (int i = 0; i < matter.measures().size(); i++) {
			Measure measure = matter.measures().get(i);
			if (measure.code() == null || measure.kind() == null || measure.description() == null
					|| measure.basis() == null) {
				errors.add(new CatalogError(path + ".measures[" + i + "]", "REQUIRED", "措施须有代码、类型、内容和依据（R-24e）"));
			}
			MeasureConditionCheck.check(matter, measure.condition(), path + ".measures[" + i + "].condition", errors);
		}
	}
}
