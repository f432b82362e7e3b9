package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's decisions on an objection: the comparison with the provider's data (R-29a: corrected, or R-29b:
 * forwarded to the provider), and the review of one the subject still disagrees with (R-30a).
 */
@Component
class CentreDecisions {

	private final ObjectionDecisions decisions;

	private final ObjectionsJdbc objections;

	private final Records records;

	private final CorrectionCheck corrections;

	private final OmissionRouting omissions;

	private final ObjectionCalendar calendar;

	CentreDecisions(ObjectionDecisions decisions, ObjectionsJdbc objections, Records records,
			CorrectionCheck corrections, OmissionRouting omissions, ObjectionCalendar calendar) {
		this.decisions = decisions;
		this.objections = objections;
		this.records = records;
		this.corrections = corrections;
		this.omissions = omissions;
		this.calendar = calendar;
	}

	@Transactional
	Objection compare(Caller centre, long id, boolean matchesProvider, Map<String, Object> correction, String provider,
			Locale locale) {
		Objection objection = decisions.lock(id);
		if (objection.aboutOmission()) {
			return compareOmission(centre, objection, matchesProvider, correction, provider);
		}
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		Objection next;
		ObjectionStep step;
		if (matchesProvider) {
			Deadline verifyBy = calendar.verifyBy();
			next = objection.forwardToProvider(calendar.today(), verifyBy.date());
			step = ObjectionStep.named("FORWARDED").due(next.verifyBy(), verifyBy.provisional());
		}
		else {
			if (correction != null && !correction.isEmpty()) {
				// R-29a, R-14: the centre's correction passes the submission's checks, or nothing changes
				records.correct(record.id(), corrections.check(record, correction, locale),
						"异议 " + id + " 比对更正 / corrected by the centre", centre.username());
			}
			next = objection.correctedByCentre("与提供单位数据不一致，中心已更正 / differed from the provider's data; corrected");
			step = ObjectionStep.named("CORRECTED");
			decisions.step(next, "CORRECTED", next.outcome(), centre);
		}
		decisions.logged(centre, next, "OBJECTION_" + next.status().name(), next.outcome() == null ? "forwarded" : next.outcome());
		return decisions.saved(next, step);
	}

	/**
	 * R-29 for a missing record: the centre finds whether the platform lacks what the provider submitted. If the
	 * platform holds all the provider sent, it forwards the objection to the provider that should hold the record.
	 */
	private Objection compareOmission(Caller centre, Objection objection, boolean matchesProvider,
			Map<String, Object> correction, String provider) {
		noCorrection(correction);
		Objection next;
		ObjectionStep step;
		if (matchesProvider) {
			Objection routed = objection.provider() == null || provider != null
					? objection.routedTo(omissions.forwardTo(objection, provider)) : objection;
			Deadline verifyBy = calendar.verifyBy();
			next = routed.forwardToProvider(calendar.today(), verifyBy.date());
			step = ObjectionStep.named("FORWARDED").due(next.verifyBy(), verifyBy.provisional());
		}
		else {
			next = objection.correctedByCentre("平台遗漏了提供单位已报送的记录，中心已补正 / the platform lacked a record "
					+ "the provider had submitted; completed by the centre");
			step = ObjectionStep.named("CORRECTED");
			decisions.step(next, "CORRECTED", next.outcome(), centre);
		}
		decisions.logged(centre, next, "OBJECTION_" + next.status().name(),
				next.outcome() == null ? "forwarded to " + next.provider() : next.outcome());
		return decisions.saved(next, step);
	}

	/** the provider a missing record would be forwarded to; a page checks it before the centre confirms. */
	String forwardTo(Objection objection, String provider) {
		return omissions.forwardTo(objection, provider);
	}

	/** A missing record has no fields to correct: the provider submits it through collection. */
	static void noCorrection(Map<String, Object> correction) {
		if (correction != null && !correction.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "CORRECTION_NOT_APPLICABLE");
		}
	}

	/**
	 * R-30a, R-RP: the centre's review of an objection the subject still disagrees with, its written conclusion
	 * recorded with the reviewer; the record keeps its mark (only a correction lifts it) and the subject is told.
	 */
	@Transactional
	Objection review(Caller centre, long id, String conclusion) {
		Objection objection = decisions.lock(id);
		if (objection.status() != Objection.Status.DISAGREED || !objections.review(objection, calendar.today(), conclusion)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "INVALID_TRANSITION",
					Map.of("status", objection.status().name()), objection.status().name());
		}
		decisions.step(objection, "REVIEWED", conclusion, centre);
		decisions.logged(centre, objection, "OBJECTION_REVIEWED", conclusion);
		return decisions.stepped(id, ObjectionStep.named("REVIEWED").noting(conclusion));
	}
}
