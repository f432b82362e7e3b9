package io.gongxin.evaluation;

import java.time.LocalDate;
import java.util.Set;

import io.gongxin.subject.SubjectKey;

/** Grades subjects by the published model. */
public interface Evaluations {

	/** The grade over every shown record: for the subject itself and the centre. */
	Evaluation evaluate(SubjectKey subject, LocalDate today);

	/**
	 * The grade over the shown records of these items only: what a reader who sees only them (a government
	 * querier, the items of its matter) may be told, so a grade never rests on records it may not see.
	 */
	Evaluation evaluateOver(SubjectKey subject, LocalDate today, Set<String> items);
}
