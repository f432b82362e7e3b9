package io.gongxin.dispute.internal;

import java.time.LocalDate;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.record.CreditRecord;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * an objection received, to one of the subject's records or about a record it lacks (遗漏), filed by the
 * subject itself or by the centre at the counter with the person's consent (窗口代为提出); the deadlines start.
 */
@Component
class ObjectionFiling {

	private final ObjectableRecords records;

	private final OmittedItems items;

	private final OmissionRouting omissions;

	private final ObjectionCalendar calendar;

	private final ObjectionDecisions decisions;

	ObjectionFiling(ObjectableRecords records, OmittedItems items, OmissionRouting omissions, ObjectionCalendar calendar,
			ObjectionDecisions decisions) {
		this.records = records;
		this.items = items;
		this.omissions = omissions;
		this.calendar = calendar;
		this.decisions = decisions;
	}

	@Transactional
	Objection receive(Caller caller, Filing filing) {
		CreditRecord record = filing.recordId() == null ? null : records.objectedTo(filing);
		Objection.Omission omission = record != null ? null : items.of(filing);
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

	/** The consent goes on the decision log with the filing account: who filed, how the person agreed. */
	private static String counter(Objection.Consent consent) {
		return consent == null ? "" : "；窗口代为提出 / filed at the counter, consent " + consent.method() + " "
				+ consent.reference();
	}
}
