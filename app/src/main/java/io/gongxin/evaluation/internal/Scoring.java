package io.gongxin.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.GradingModel;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.record.CreditRecord;

/**
 * the published model's base plus each counted record's weight ({@link RecordWeight}), halved with each
 * half-life of the record's age; the grade is the model's for the total. Pure: the records are given.
 */
final class Scoring {

	private Scoring() {
	}

	static Evaluation score(CatalogDocument catalog, List<CreditRecord> shown, LocalDate today,
			Predicate<String> counted) {
		GradingModel model = catalog.grading();
		List<Evaluation.Contribution> contributions = new ArrayList<>();
		BigDecimal score = BigDecimal.valueOf(model.base());
		for (CreditRecord record : shown) {
			CatalogItem item = catalog.item(record.item()).orElse(null);
			if (item == null || !counted.test(record.item())) {
				continue;
			}
			RecordWeight weight = RecordWeight.of(item, record, model);
			if (weight.weight() == 0) {
				continue;
			}
			long age = Math.max(0, ChronoUnit.DAYS.between(record.occurredOn(), today));
			BigDecimal value = weight.after(age, model.halfLifeDays());
			score = score.add(value);
			contributions.add(new Evaluation.Contribution(record.id(), record.item(), weight.severity(), weight.weight(),
					age, value.doubleValue()));
		}
		double total = score.doubleValue();
		return new Evaluation(model.gradeOf(total), total, model.base(), catalog.version(), contributions);
	}
}
