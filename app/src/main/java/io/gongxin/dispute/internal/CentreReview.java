package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-30a, R-RP: the centre's review of an objection the subject still disagrees with, its written conclusion
 * recorded with the reviewer; the record keeps its mark (only a correction lifts it) and the subject is told.
 */
@Component
class CentreReview {

	private final ObjectionDecisions decisions;

	private final ObjectionReviewsJdbc reviews;

	private final ObjectionCalendar calendar;

	CentreReview(ObjectionDecisions decisions, ObjectionReviewsJdbc reviews, ObjectionCalendar calendar) {
		this.decisions = decisions;
		this.reviews = reviews;
		this.calendar = calendar;
	}

	@Transactional
	Objection review(Caller centre, long id, String conclusion) {
		Objection objection = decisions.lock(id);
		if (objection.status() != Objection.Status.DISAGREED || !reviews.review(objection, calendar.today(), conclusion)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "INVALID_TRANSITION",
					Map.of("status", objection.status().name()), objection.status().name());
		}
		decisions.step(objection, "REVIEWED", conclusion, centre);
		decisions.logged(centre, objection, "OBJECTION_REVIEWED", conclusion);
		return decisions.stepped(id, ObjectionStep.named("REVIEWED").noting(conclusion));
	}
}
