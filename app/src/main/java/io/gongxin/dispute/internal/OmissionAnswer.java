package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.dispute.ObjectionStep;

import org.springframework.stereotype.Component;

/** R-29b for a missing record: upheld, the provider submits it through normal collection. */
@Component
class OmissionAnswer {

	private final ObjectionDecisions decisions;

	OmissionAnswer(ObjectionDecisions decisions) {
		this.decisions = decisions;
	}

	Objection answer(Caller provider, Objection objection, boolean upheld, Map<String, Object> correction,
			String explanation) {
		OmissionComparison.noCorrection(correction);
		Objection next = objection.answeredByProvider(upheld, explanation);
		String kind = "OBJECTION_" + next.status().name();
		decisions.step(next, next.status().name(), explanation, provider);
		decisions.logged(provider, next, kind, explanation);
		return decisions.saved(next, ObjectionStep.named(next.status().name()).noting(explanation));
	}
}
