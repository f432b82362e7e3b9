package io.gongxin.measures.internal;

import java.util.List;
import java.util.Map;

/**
 * One kind of measure condition of the application list ({@code condition.type} in the catalog),
 * evaluated on a subject's situation: the reasons it holds, or none.
 */
interface MeasurePolicy {

	String type();

	List<Because> evaluate(Map<String, Object> condition, Situation situation);
}
