package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.catalog.Grade;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;

/**
 * GRADE {grades}: the subject's grade under the published model, over the matter's items only, is one of these
 * a grade made of records the querier may not see would leak them through the measure.
 */
class GradePolicy implements MeasurePolicy<Grade> {

	private final Evaluations evaluations;

	GradePolicy(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public Class<Grade> condition() {
		return Grade.class;
	}

	@Override
	public List<Because> evaluate(Grade condition, Situation situation) {
		Evaluation evaluation = evaluations.evaluateOver(situation.subject().key(), situation.today(), situation.items());
		if (!condition.grades().contains(evaluation.grade())) {
			return List.of();
		}
		return evaluation.contributions().stream()
			.filter(c -> c.contribution() < 0)
			.map(c -> Because.record(c.recordId(), "信用等级为" + evaluation.grade() + "（得分" + evaluation.score()
					+ "），该记录扣减" + (-c.contribution()) + "分"))
			.toList();
	}
}
