package io.gongxin.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.GradingModel;
import io.gongxin.catalog.Severity;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.query.ShownRecords;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

@Component
class Grading implements Evaluations {

	private final ShownRecords shownRecords;

	private final Catalogs catalogs;

	Grading(ShownRecords shownRecords, Catalogs catalogs) {
		this.shownRecords = shownRecords;
		this.catalogs = catalogs;
	}

	@Override
	public Evaluation evaluate(SubjectKey subject, LocalDate today) {
		return grade(subject, today, item -> true);
	}

	@Override
	public Evaluation evaluateOver(SubjectKey subject, LocalDate today, Set<String> items) {
		return grade(subject, today, items::contains);
	}

	private Evaluation grade(SubjectKey subject, LocalDate today, Predicate<String> counted) {
		CatalogDocument catalog = catalogs.published();
		GradingModel model = catalog.grading();
		List<Evaluation.Contribution> contributions = new ArrayList<>();
		BigDecimal score = BigDecimal.valueOf(model.base());
		for (CreditRecord record : shownRecords.of(subject, today)) {
			CatalogItem item = catalog.item(record.item()).orElse(null);
			if (item == null || !counted.test(record.item())) {
				continue;
			}
			String severity = null;
			double weight;
			if (item.category() == Category.DISHONEST) {
				Severity level = item.severity() == null ? Severity.GENERAL : item.severity().severityOf(record.fields());
				severity = level.name();
				weight = -model.dishonest().getOrDefault(level, 0.0);
			}
			else {
				weight = model.positive().getOrDefault(item.code(), 0.0);
			}
			if (weight == 0) {
				continue;
			}
			long age = Math.max(0, ChronoUnit.DAYS.between(record.occurredOn(), today));
			BigDecimal value = BigDecimal.valueOf(weight * Math.pow(0.5, (double) age / model.halfLifeDays()))
				.setScale(2, RoundingMode.HALF_UP);
			score = score.add(value);
			contributions.add(new Evaluation.Contribution(record.id(), record.item(), severity, weight, age,
					value.doubleValue()));
		}
		double total = score.doubleValue();
		return new Evaluation(model.gradeOf(total), total, model.base(), catalog.version(), contributions);
	}
}
