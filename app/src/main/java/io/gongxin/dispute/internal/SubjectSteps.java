package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the subject does with its objection after filing it: sends evidence, or still disagrees (R-30a). */
@Component
class SubjectSteps {

	private final ObjectionDecisions decisions;

	SubjectSteps(ObjectionDecisions decisions) {
		this.decisions = decisions;
	}

	/** R-30a: the subject still disagrees with the outcome; the centre reviews it and the mark stays. */
	@Transactional
	Objection disagree(Caller subject, long id) {
		Objection objection = decisions.lock(id);
		if (subject.actingSubject().filter(objection.subject()::equals).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id), String.valueOf(id));
		}
		Objection next = objection.markDisagreed();
		decisions.logged(subject, next, "OBJECTION_DISAGREED", "subject disagrees");
		decisions.step(next, "DISAGREED", null, subject);
		return decisions.saved(next, ObjectionStep.named("DISAGREED"));
	}

	/** evidence received for an objection goes on its timeline, and the subject is told it arrived. */
	@Transactional
	void attached(Caller caller, Objection objection, String evidence, String fileName) {
		decisions.step(objection, "ATTACHED", fileName, caller);
		decisions.stepped(objection.id(), ObjectionStep.named("EVIDENCE").ref(evidence).noting(fileName));
	}
}
