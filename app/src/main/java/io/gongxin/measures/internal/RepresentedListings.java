package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.Represents;
import io.gongxin.measures.ListType;

/**
 * REPRESENTS with {@code list} (R-24b): the organisation was put on the list, decided while the person was its legal
 * representative; with {@code for} an entered entry bars for the period, without it while it is in force.
 */
final class RepresentedListings {

	private RepresentedListings() {
	}

	static List<Because> of(Represents condition, Situation.Represented organisation, LocalDate today) {
		ListType list = ListType.valueOf(condition.list());
		Optional<Period> period = condition.bar();
		return organisation.listed().stream()
			.filter(e -> e.type() == list && organisation.inOfficeOn(e.decidedOn()))
			.filter(e -> period.isPresent() ? e.entered() && RepresentsPolicy.barred(e.decidedOn(), period.get(), today)
					: e.inForceOn(today))
			.map(e -> Because.listEntry(e.id(), "其担任法定代表人的" + RepresentsPolicy.name(organisation) + "被列入"
					+ ListedPolicy.label(list) + RepresentsPolicy.until(e.decidedOn(), period)))
			.toList();
	}
}
