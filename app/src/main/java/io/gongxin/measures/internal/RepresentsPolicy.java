package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.Represents;

/**
 * REPRESENTS {list?, items?, field?, contains?, for?} (R-24b): while the person was legal representative of an
 * organisation, it was put on the list or received a matching penalty (e.g. {@code penaltyType} containing
 * 吊销营业执照: a permit revocation, 吊销许可证件, is not a business licence's). With {@code for} the bar
 * lasts exactly that period from the decision date: from that day up to, not including, the same date
 * {@code for} later (3 years decided on 2026-03-01 bar until 2029-02-28 inclusive); a removed or proposed
 * list entry bars nothing. Without {@code for}, a list entry bars while it is in force. The listings are
 * {@link RepresentedListings}, the penalties {@link RepresentedPenalties}.
 */
class RepresentsPolicy implements MeasurePolicy<Represents> {

	@Override
	public Class<Represents> condition() {
		return Represents.class;
	}

	@Override
	public List<Because> evaluate(Represents condition, Situation situation) {
		List<Because> because = new ArrayList<>();
		for (Situation.Represented organisation : situation.represented()) {
			if (condition.list() != null) {
				because.addAll(RepresentedListings.of(condition, organisation, situation.today()));
			}
			if (!condition.items().isEmpty()) {
				because.addAll(RepresentedPenalties.of(condition, organisation, situation));
			}
		}
		return because;
	}

	static String name(Situation.Represented organisation) {
		return organisation.organisation().name() + "（" + organisation.organisation().displayIdentifier() + "）";
	}

	/** R-24b: barred from the decision date for exactly the period: the end date itself is free. */
	static boolean barred(LocalDate decided, Period period, LocalDate today) {
		return !today.isBefore(decided) && today.isBefore(decided.plus(period));
	}

	static String until(LocalDate decided, Optional<Period> period) {
		return period.map(p -> "（" + decided + "起，至" + decided.plus(p).minusDays(1) + "止）").orElse("");
	}
}
