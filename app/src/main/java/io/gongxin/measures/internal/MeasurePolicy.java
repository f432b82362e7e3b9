package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.catalog.MeasureCondition;

/**
 * The rule for one kind of measure condition of the application list, evaluated on a subject's situation: the
 * reasons it holds, or none.
 */
interface MeasurePolicy<C extends MeasureCondition> {

	/** The kind of condition this policy evaluates. */
	Class<C> condition();

	List<Because> evaluate(C condition, Situation situation);
}
