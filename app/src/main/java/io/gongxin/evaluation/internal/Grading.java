package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import io.gongxin.catalog.Catalogs;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.query.ShownRecords;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/** A subject's grade over the records shown to the reader, scored by the published model ({@link Scoring}). */
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
		return Scoring.score(catalogs.published(), shownRecords.of(subject, today), today, counted);
	}
}
