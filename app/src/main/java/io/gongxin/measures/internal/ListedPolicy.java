package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.catalog.Listed;
import io.gongxin.measures.ListType;

/**
 * LISTED {list}: the subject is on the list. A red-list entry no longer counts once the subject has a new
 * dishonesty record (R-22, the red list's exit condition: see {@link RedListExit}); the situation already leaves
 * such entries out ({@link ListStanding}).
 */
class ListedPolicy implements MeasurePolicy<Listed> {

	@Override
	public Class<Listed> condition() {
		return Listed.class;
	}

	@Override
	public List<Because> evaluate(Listed condition, Situation situation) {
		ListType list = ListType.valueOf(condition.listOrDefault());
		return situation.listed().stream()
			.filter(e -> e.type() == list && e.inForceOn(situation.today()))
			.map(e -> Because.listEntry(e.id(), "列入" + label(list) + "：" + e.reason()))
			.toList();
	}

	static String label(ListType list) {
		return list == ListType.RED ? "守信激励名单" : "严重失信主体名单";
	}
}
