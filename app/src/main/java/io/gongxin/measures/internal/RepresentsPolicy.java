package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.MeasureCondition.Represents;
import io.gongxin.measures.ListType;
import io.gongxin.record.CreditRecord;

/**
 * REPRESENTS {list?, items?, field?, contains?, for?} (R-24b): while the person was legal representative of an
 * organisation, it was put on the list or received a matching penalty (e.g. {@code penaltyType} containing
 * 吊销营业执照: a permit revocation, 吊销许可证件, is not a business licence's). With {@code for} the bar
 * lasts exactly that period from the decision date: from that day up to, not including, the same date
 * {@code for} later (3 years decided on 2026-03-01 bar until 2029-02-28 inclusive); a removed or proposed
 * list entry bars nothing. Without {@code for}, a list entry bars while it is in force.
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
				because.addAll(listed(condition, organisation, situation.today()));
			}
			if (!condition.items().isEmpty()) {
				because.addAll(penalised(condition, organisation, situation));
			}
		}
		return because;
	}

	private static List<Because> listed(Represents condition, Situation.Represented organisation, LocalDate today) {
		ListType list = ListType.valueOf(condition.list());
		Optional<Period> period = condition.bar();
		return organisation.listed().stream()
			.filter(e -> e.type() == list && organisation.inOfficeOn(e.decidedOn()))
			.filter(e -> period.isPresent() ? e.entered() && barred(e.decidedOn(), period.get(), today)
					: e.inForceOn(today))
			.map(e -> Because.listEntry(e.id(), "其担任法定代表人的" + name(organisation) + "被列入"
					+ ListedPolicy.label(list) + until(e.decidedOn(), period)))
			.toList();
	}

	private static List<Because> penalised(Represents condition, Situation.Represented organisation,
			Situation situation) {
		Optional<Period> period = condition.bar();
		LocalDate today = situation.today();
		List<Because> because = new ArrayList<>();
		for (CreditRecord record : organisation.records()) {
			LocalDate decided = decidedOn(record);
			if (organisation.inOfficeOn(decided) && period.map(p -> barred(decided, p, today)).orElse(true)
					&& Conditions.matches(condition, record, situation.catalog(), today, false)) {
				Object what = record.fields().getOrDefault(condition.field() == null ? "penaltyType" : condition.field(),
						record.item());
				because.add(Because.record(record.id(), "其担任法定代表人期间，" + name(organisation) + "受到处罚：" + what
						+ until(decided, period)));
			}
		}
		return because;
	}

	private static String name(Situation.Represented organisation) {
		return organisation.organisation().name() + "（" + organisation.organisation().displayIdentifier() + "）";
	}

	/** R-24b: barred from the decision date for exactly the period: the end date itself is free. */
	static boolean barred(LocalDate decided, Period period, LocalDate today) {
		return !today.isBefore(decided) && today.isBefore(decided.plus(period));
	}

	private static String until(LocalDate decided, Optional<Period> period) {
		return period.map(p -> "（" + decided + "起，至" + decided.plus(p).minusDays(1) + "止）").orElse("");
	}

	/** A penalty counts from its decision date (the {@code decidedOn} field), else from the record's date. */
	static LocalDate decidedOn(CreditRecord record) {
		Object decided = record.fields().get("decidedOn");
		if (decided != null) {
			try {
				return LocalDate.parse(String.valueOf(decided));
			}
			catch (java.time.format.DateTimeParseException ex) {
				// fall back to the record's own date
			}
		}
		return record.occurredOn();
	}
}
