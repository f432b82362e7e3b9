package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.catalog.AnyRecord;
import io.gongxin.catalog.DishonestRecord;
import io.gongxin.catalog.RecordFilter;

/**
 * DISHONEST_RECORD {items?, severities?, field?, contains?, within?}: a shown dishonesty record; RECORD {items,
 * field?, contains?, within?}: a shown record of any category (e.g. a bribery judgment).
 */
final class RecordPolicy<C extends RecordFilter> implements MeasurePolicy<C> {

	private final Class<C> condition;

	private final boolean dishonestOnly;

	private RecordPolicy(Class<C> condition, boolean dishonestOnly) {
		this.condition = condition;
		this.dishonestOnly = dishonestOnly;
	}

	static RecordPolicy<DishonestRecord> dishonest() {
		return new RecordPolicy<>(DishonestRecord.class, true);
	}

	static RecordPolicy<AnyRecord> any() {
		return new RecordPolicy<>(AnyRecord.class, false);
	}

	@Override
	public Class<C> condition() {
		return condition;
	}

	@Override
	public List<Because> evaluate(C filter, Situation situation) {
		return situation.records().stream()
			.filter(r -> Conditions.matches(filter, r, situation.catalog(), situation.today(), dishonestOnly))
			.map(r -> Because.record(r.id(), situation.catalog().item(r.item()).map(i -> i.name()).orElse(r.item())
					+ "（" + r.occurredOn() + "）"))
			.toList();
	}
}
