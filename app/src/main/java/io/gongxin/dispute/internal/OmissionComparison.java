package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * R-29 for a missing record: the centre finds whether the platform lacks what the provider submitted. If the
 * platform holds all the provider sent, it forwards the objection to the provider that should hold the record.
 */
@Component
class OmissionComparison {

	private final OmissionRouting omissions;

	private final ComparisonOutcomes outcomes;

	OmissionComparison(OmissionRouting omissions, ComparisonOutcomes outcomes) {
		this.omissions = omissions;
		this.outcomes = outcomes;
	}

	Objection compare(Caller centre, Objection objection, boolean matchesProvider, Map<String, Object> correction,
			String provider) {
		noCorrection(correction);
		if (matchesProvider) {
			Objection routed = objection.provider() == null || provider != null
					? objection.routedTo(omissions.forwardTo(objection, provider)) : objection;
			return outcomes.forwarded(centre, routed, "forwarded to " + routed.provider());
		}
		return outcomes.corrected(centre, objection, "平台遗漏了提供单位已报送的记录，中心已补正 / the platform lacked a record "
				+ "the provider had submitted; completed by the centre");
	}

	/** A missing record has no fields to correct: the provider submits it through collection. */
	static void noCorrection(Map<String, Object> correction) {
		if (correction != null && !correction.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "CORRECTION_NOT_APPLICABLE");
		}
	}
}
