package io.gongxin.evaluation.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.evaluation.Evaluation;

/**
 * The grade and its explanation over what the caller may see; {@code matter} is the granted matter a government
 * querier declared, absent for anyone else.
 */
record SubjectEvaluation(EvaluatedSubject subject, @JsonInclude(JsonInclude.Include.NON_NULL) String matter,
		String grade, double score, double base, String model, List<Evaluation.Contribution> contributions) {
}
