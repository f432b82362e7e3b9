package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * Who an objection is filed for. A subject files for itself only; centre staff file for a person at
 * the counter (窗口代为提出), naming the person and recording how it consented. Nobody else may file.
 */
@Component
class Filings {

	private final Subjects subjects;

	private final NamedSubjects named;

	Filings(Subjects subjects, NamedSubjects named) {
		this.subjects = subjects;
		this.named = named;
	}

	Filing of(Caller caller, NewObjection request) {
		request.checkShape();
		Omission omission = request.omission() == null ? null
				: new Omission(request.omission().item().strip(), blankToNull(request.omission().provider()),
						request.omission().description().strip());
		String statement = request.statement().strip();
		if (caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)) {
			if (blankToNull(request.subjectId()) == null) {
				throw new DomainException(DomainException.Kind.INVALID, "COUNTER_SUBJECT_REQUIRED");
			}
			if (request.consent() == null) {
				throw new DomainException(DomainException.Kind.INVALID, "CONSENT_REQUIRED");
			}
			Subject subject = named.find(request.subjectId())
				.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
			return new Filing(subject, request.recordId(), omission, request.reason(), statement,
					new Objection.Consent(request.consent().method(), request.consent().reference().strip()));
		}
		SubjectKey own = caller.actingSubject().orElseThrow(() -> new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_FOR_OTHERS"));
		if (blankToNull(request.subjectId()) != null
				&& named.find(request.subjectId()).map(Subject::key).filter(own::equals).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_FOR_OTHERS");
		}
		return new Filing(subjects.find(own).orElseThrow(), request.recordId(), omission,
				request.reason(), statement, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
