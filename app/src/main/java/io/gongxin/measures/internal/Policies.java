package io.gongxin.measures.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongxin.catalog.MeasureCondition;
import io.gongxin.evaluation.Evaluations;

import org.springframework.stereotype.Component;

/**
 * The named policies that evaluate the application list's conditions: a measure is data, its condition's kind
 * picks the policy. A condition of a kind no policy knows (refused when the catalog is validated) holds for
 * nobody.
 */
@Component
class Policies {

	private final Map<Class<?>, MeasurePolicy<?>> byCondition;

	Policies(Evaluations evaluations) {
		List<MeasurePolicy<?>> policies = List.of(new ListedPolicy(), RecordPolicy.dishonest(), RecordPolicy.any(),
				new RepresentsPolicy(), new GradePolicy(evaluations));
		this.byCondition = policies.stream().collect(Collectors.toMap(MeasurePolicy::condition, Function.identity()));
	}

	/** The reasons the condition holds in the situation, or none. */
	List<Because> evaluate(MeasureCondition condition, Situation situation) {
		MeasurePolicy<?> policy = byCondition.get(condition.getClass());
		return policy == null ? List.of() : evaluate(policy, condition, situation);
	}

	private static <C extends MeasureCondition> List<Because> evaluate(MeasurePolicy<C> policy,
			MeasureCondition condition, Situation situation) {
		return policy.evaluate(policy.condition().cast(condition), situation);
	}
}
