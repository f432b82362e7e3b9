package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Caller;
import io.gongxin.calendar.Deadline;
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

	private final OmissionRouting omissions;

	private final ObjectionCalendar calendar;

	private final ObjectionDecisions decisions;

	private final ObjectionNotices notices;

	ObjectionFiling(ObjectionsJdbc objections, Records records, OmissionRouting omissions, ObjectionCalendar calendar,
			ObjectionDecisions decisions, ObjectionNotices notices) {
		this.objections = objections;
		this.records = records;
		this.omissions = omissions;
		this.calendar = calendar;
		this.decisions = decisions;
		this.notices = notices;
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
				: new Objection.Omission(omissions.item(filing.omission().item(), filing.subject()),
						filing.omission().description());
		String provider = record != null ? record.provider() : omissions.providerOf(omission.item(), filing.omission().provider());
		LocalDate today = calendar.today();
		Deadline compareBy = calendar.compareBy();
		Objection objection = decisions.filed(new Objection(0, filing.subject().key(), filing.recordId(), provider,
				filing.reason(), filing.statement(), Objection.Status.RECEIVED, today, compareBy.date(), calendar.correctBy(),
				null, null, null, null, omission, false, filing.consent()), caller);
		decisions.logged(caller, objection, "OBJECTION_RECEIVED", filing.reason() + counter(filing.consent()));
		tell(objection, filing, record, compareBy);
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

	/** The subject is told it is received and when the comparison is due; the provider, that its record is marked. */
	private void tell(Objection objection, Filing filing, CreditRecord record, Deadline compareBy) {
		String item = record != null ? record.item() : objection.omission().item();
		String what = record != null ? "“" + notices.itemName(item) + "”记录" : "信息项“" + notices.itemName(item) + "”的遗漏";
		notices.toSubject(objection.subject(), "OBJECTION_RECEIVED", (filing.consent() != null ? "市信用中心窗口经您同意代为提出的" : "您")
				+ "对" + what + "的异议已受理，中心将于 " + objection.compareBy() + ObjectionCalendar.provisional(compareBy)
				+ " 前完成比对" + (record != null ? "；异议处理期间该记录在查询中加注标注。" : "。"));
		if (objection.provider() != null) {
			notices.toOrganisation(objection.provider(), "OBJECTION_RECEIVED", record != null
					? "信息主体对贵单位报送的“" + notices.itemName(item) + "”记录 " + record.id() + " 提出异议（" + objection.id()
							+ "），中心比对中，该记录已加注异议标注。"
					: "信息主体 " + Objects.toString(filing.subject().name(), "") + "（" + filing.subject().displayIdentifier()
							+ "）认为贵单位应报送的信息项 " + item + " 记录有遗漏，提出异议（" + objection.id() + "），中心比对中。");
		}
	}

	/** The consent goes on the decision log with the filing account: who filed, how the person agreed. */
	private static String counter(Objection.Consent consent) {
		return consent == null ? "" : "；窗口代为提出 / filed at the counter, consent " + consent.method() + " "
				+ consent.reference();
	}
}
