package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.Represents;
import io.gongxin.record.CreditRecord;

/**
 * REPRESENTS with {@code items} (R-24b): the penalties an organisation received, decided while the person was its
 * legal representative, that match the condition (and with {@code for}, still bar on the day).
 */
final class RepresentedPenalties {

	private RepresentedPenalties() {
	}

	static List<Because> of(Represents condition, Situation.Represented organisation, Situation situation) {
		Optional<Period> period = condition.bar();
		LocalDate today = situation.today();
		List<Because> because = new ArrayList<>();
		for (CreditRecord record : organisation.records()) {
			LocalDate decided = Conditions.decidedOn(record);
			if (organisation.inOfficeOn(decided) && period.map(p -> RepresentsPolicy.barred(decided, p, today)).orElse(true)
					&& Conditions.matches(condition, record, situation.catalog(), today, false)) {
				Object what = record.fields().getOrDefault(condition.field() == null ? "penaltyType" : condition.field(),
						record.item());
				because.add(Because.record(record.id(), "其担任法定代表人期间，" + RepresentsPolicy.name(organisation)
						+ "受到处罚：" + what + RepresentsPolicy.until(decided, period)));
			}
		}
		return because;
	}
}
