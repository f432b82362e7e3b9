package io.gongxin.dispute.internal;

import java.time.LocalDate;

import io.gongxin.calendar.RightsDeadlines;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.dispute.PastObjections;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PastObjectionsJdbc implements PastObjections {

	private final ObjectionsJdbc objections;

	private final Records records;

	private final WorkingDays workingDays;

	private final RightsDeadlines deadlines;

	private final EvidenceUpload attachments;

	private final ObjectionSteps steps;

	private final ObjectionDecisions decisions;

	PastObjectionsJdbc(ObjectionsJdbc objections, Records records, WorkingDays workingDays, RightsDeadlines deadlines,
			EvidenceUpload attachments, ObjectionSteps steps, ObjectionDecisions decisions) {
		this.decisions = decisions;
		this.attachments = attachments;
		this.steps = steps;
		this.objections = objections;
		this.records = records;
		this.workingDays = workingDays;
		this.deadlines = deadlines;
	}

	@Override
	@Transactional
	public long enter(SubjectKey subject, long recordId, String reason, String statement, LocalDate receivedOn,
			LocalDate forwardedOn, String by) {
		CreditRecord record = records.find(recordId).filter(r -> r.subject().equals(subject)).orElseThrow();
		Objection received = new Objection(0, subject, recordId, record.provider(), reason, statement,
				Objection.Status.RECEIVED, receivedOn, workingDays.add(receivedOn, deadlines.compareDays()),
				workingDays.add(receivedOn, deadlines.correctDays()), null, null, null, null, null, false, null);
		long id = objections.insert(received, by);
		if (forwardedOn != null) {
			Objection stored = objections.find(id).orElseThrow();
			objections.update(stored.forwardToProvider(forwardedOn, workingDays.add(forwardedOn, deadlines.verifyDays())));
		}
		// published like a step taken today, so the statistics and other listeners know of it
		decisions.stepped(id, ObjectionStep.named("ENTERED"));
		return id;
	}

	@Override
	@Transactional
	public void attach(long objection, String fileName, byte[] content, LocalDate on, String by) {
		try {
			attachments.store(objection, fileName, content.length, () -> new java.io.ByteArrayInputStream(content));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		steps.add(objections.find(objection).orElseThrow(), "ATTACHED", on, fileName, by);
	}

	@Override
	@Transactional
	public void disagreed(long objection, String explanation, LocalDate answeredOn, LocalDate disagreedOn, String by) {
		Objection rejected = objections.find(objection).orElseThrow().answeredByProvider(false, explanation);
		objections.update(rejected);
		steps.add(rejected, rejected.status().name(), answeredOn, explanation, by);
		Objection disagreed = rejected.markDisagreed();
		objections.update(disagreed);
		steps.add(disagreed, "DISAGREED", disagreedOn, null, by);
		decisions.stepped(objection, ObjectionStep.named("ENTERED"));
	}
}
