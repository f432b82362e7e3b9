package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's comparison with the provider's data (R-29a: corrected, or R-29b: forwarded to the provider); for a
 * missing record, {@link OmissionComparison}. The review of one the subject still disagrees with is {@link CentreReview}.
 */
@Component
class CentreDecisions {

	private final ObjectionDecisions decisions;

	private final Records records;

	private final CorrectionCheck corrections;

	private final OmissionComparison omissions;

	private final ComparisonOutcomes outcomes;

	CentreDecisions(ObjectionDecisions decisions, Records records, CorrectionCheck corrections,
			OmissionComparison omissions, ComparisonOutcomes outcomes) {
		this.decisions = decisions;
		this.records = records;
		this.corrections = corrections;
		this.omissions = omissions;
		this.outcomes = outcomes;
	}

	@Transactional
	Objection compare(Caller centre, long id, boolean matchesProvider, Map<String, Object> correction, String provider,
			Locale locale) {
		Objection objection = decisions.lock(id);
		if (objection.aboutOmission()) {
			return omissions.compare(centre, objection, matchesProvider, correction, provider);
		}
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		if (matchesProvider) {
			return outcomes.forwarded(centre, objection, "forwarded");
		}
		if (correction != null && !correction.isEmpty()) {
			// R-29a, R-14: the centre's correction passes the submission's checks, or nothing changes
			records.correct(record.id(), corrections.check(record, correction, locale),
					"异议 " + id + " 比对更正 / corrected by the centre", centre.username());
		}
		return outcomes.corrected(centre, objection, "与提供单位数据不一致，中心已更正 / differed from the provider's data; corrected");
	}
}
