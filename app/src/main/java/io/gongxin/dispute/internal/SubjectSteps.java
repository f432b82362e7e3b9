package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the subject does with its objection after filing it: sends evidence, or still disagrees (R-30a). */
@Component
class SubjectSteps {

	private final ObjectionDecisions decisions;

	private final ObjectionNotices notices;

	SubjectSteps(ObjectionDecisions decisions, ObjectionNotices notices) {
		this.decisions = decisions;
		this.notices = notices;
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
		notices.toSubject(objection.subject(), "OBJECTION_DISAGREED", "您对异议 " + id + "（“"
				+ notices.itemName(decisions.itemOf(objection)) + "”）的处理结果仍有异议，已转市信用中心复核；复核期间该记录继续标注“有异议”。");
		return decisions.saved(next);
	}

	/** evidence received for an objection goes on its timeline, and the subject is told it arrived. */
	@Transactional
	void attached(Caller caller, Objection objection, String fileName) {
		decisions.step(objection, "ATTACHED", fileName, caller);
		notices.toSubject(objection.subject(), "OBJECTION_EVIDENCE", "您为异议 " + objection.id() + " 上传的证明材料“"
				+ fileName + "”已收到，中心和提供单位处理时可查阅。");
	}
}
