package io.gongxin.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.GradingModel;
import io.gongxin.catalog.Severity;
import io.gongxin.record.CreditRecord;

/**
 * What one record weighs under the published grading model: a dishonesty record by its severity (general
 * when the item grades none), any other by its item's weight.
 *
 * @param severity the dishonesty record's severity, null for any other
 */
record RecordWeight(String severity, double weight) {

	static RecordWeight of(CatalogItem item, CreditRecord record, GradingModel model) {
		if (item.category() == Category.DISHONEST) {
			Severity level = item.severity() == null ? Severity.GENERAL : item.severity().severityOf(record.fields());
			return new RecordWeight(level.name(), -model.dishonest().getOrDefault(level, 0.0));
		}
		return new RecordWeight(null, model.positive().getOrDefault(item.code(), 0.0));
	}

	/** The weight halved with each half-life of the record's age, to the cent. */
	BigDecimal after(long ageDays, int halfLifeDays) {
		return BigDecimal.valueOf(weight * Math.pow(0.5, (double) ageDays / halfLifeDays)).setScale(2, RoundingMode.HALF_UP);
	}
}
