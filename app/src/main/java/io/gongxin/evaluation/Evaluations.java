package io.gongxin.evaluation;

import java.time.LocalDate;

import io.gongxin.subject.SubjectKey;

/** Grades subjects by the published model. */
public interface Evaluations {

	Evaluation evaluate(SubjectKey subject, LocalDate today);
}
