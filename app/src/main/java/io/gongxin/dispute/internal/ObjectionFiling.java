package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * an objection received, to one of the subject's records or about a record it lacks (遗漏), filed by the
 * subject itself or by the centre at the counter with the person's consent (窗口代为提出); the deadlines start.
 */
@Component
class ObjectionFiling {

	private final ObjectionsJdbc objections;

	private final Records records;

	private final OmittedItems items;

	private final OmissionRouting omissions;

	private final ObjectionCalendar calendar;

	private final ObjectionDecisions decisions;

	ObjectionFiling(ObjectionsJdbc objections, Records records, OmittedItems items, OmissionRouting omissions,
			ObjectionCalendar calendar, ObjectionDecisions decisions) {
		this.objections = objections;
		this.records = records;
		this.items = items;
		this.omissions = omissions;
		this.calendar = calendar;
		this.decisions = decisions;
	}

	/** What is objected to and by whom; the consent only when the centre files for the person. */
	record Filing(Subject subject, Long recordId, Omission omission, String reason, String statement,
			Objection.Consent consent) {
	}

	/** 遗漏: the missing record's item and, if the subject knows it, the organisation that should hold it. */
	record Omission(String item, String provider, String description) {
	}

	@Transactional
	Objection receive(Caller caller, Filing filing) {
		CreditRecord record = filing.recordId() == null ? null : objectedTo(filing);
		Objection.Omission omission = record != null ? null
				: new Objection.Omission(items.item(filing.omission().item(), filing.subject()),
						filing.omission().description());
		String provider = record != null ? record.provider() : omissions.providerOf(omission.item(), filing.omission().provider());
		LocalDate today = calendar.today();
		Deadline compareBy = calendar.compareBy();
		Objection objection = decisions.filed(new Objection(0, filing.subject().key(), filing.recordId(), provider,
				filing.reason(), filing.statement(), Objection.Status.RECEIVED, today, compareBy.date(), calendar.correctBy(),
				null, null, null, null, omission, false, filing.consent()), caller,
				ObjectionStep.named("RECEIVED").due(compareBy.date(), compareBy.provisional()).atCounter(filing.consent() != null));
		decisions.logged(caller, objection, "OBJECTION_RECEIVED", filing.reason() + counter(filing.consent()));
		return objection;
	}

	/** One of the subject's own records, shown now, with no objection open on it. */
	private CreditRecord objectedTo(Filing filing) {
		long recordId = filing.recordId();
		CreditRecord record = records.find(recordId)
			.filter(r -> r.subject().equals(filing.subject().key()))
			.filter(r -> r.state() == RecordState.ACTIVE || r.state() == RecordState.REPAIRED)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD",
					Map.of("recordId", recordId), String.valueOf(recordId)));
		if (objections.openOn(recordId)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "OBJECTION_OPEN", Map.of("recordId", recordId));
		}
		return record;
	}

	/** The consent goes on the decision log with the filing account: who filed, how the person agreed. */
	private static String counter(Objection.Consent consent) {
		return consent == null ? "" : "；窗口代为提出 / filed at the counter, consent " + consent.method() + " "
				+ consent.reference();
	}
}
