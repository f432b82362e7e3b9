package io.gongxin.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What {@link CatalogValidation} checks of a measure's condition: a kind the platform knows, a list that exists,
 * periods that parse, and only items of the measure's matter (a querier sees nothing else, R-18).
 */
final class MeasureConditionCheck {

	private MeasureConditionCheck() {
	}

	static void check(Matter matter, MeasureCondition condition, String path, List<CatalogError> errors) {
		if (condition instanceof MeasureCondition.Unknown unknown) {
			errors.add(new CatalogError(path + ".type", "UNKNOWN_CONDITION",
					"措施条件类型未知：" + unknown.type() + "（可用 LISTED、DISHONEST_RECORD、RECORD、REPRESENTS、GRADE）"));
			return;
		}
		String list = condition instanceof Listed listed ? listed.list()
				: condition instanceof Represents represents ? represents.list() : null;
		if (list != null && !MeasureCondition.LISTS.contains(list)) {
			errors.add(new CatalogError(path + ".list", "UNKNOWN_LIST", "措施条件引用了不存在的名单：" + list));
		}
		if (condition instanceof RecordFilter filter) {
			period(filter.within(), path + ".within", errors);
		}
		if (condition instanceof Represents represents) {
			period(represents.lasting(), path + ".for", errors);
		}
		condition.items().stream()
			.filter(item -> !matter.items().contains(item))
			.forEach(item -> errors.add(new CatalogError(path + ".items", "ITEM_OUTSIDE_MATTER",
					"措施条件引用了事项以外的信息项：" + item)));
	}

	private static void period(String text, String path, List<CatalogError> errors) {
		if (text == null) {
			return;
		}
		try {
			Period.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(new CatalogError(path, "INVALID_PERIOD", "期间须为 ISO-8601 期间，如 P3Y"));
		}
	}
}
