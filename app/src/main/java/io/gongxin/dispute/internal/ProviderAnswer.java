package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Caller;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-29b: the provider's answer to a forwarded objection. Upheld with a correction, the record is corrected (checked
 * like a submission); upheld without one, it leaves every view but the subject's own; rejected, it stays as it is.
 */
@Component
class ProviderAnswer {

	private final ObjectionDecisions decisions;

	private final Records records;

	private final CorrectionCheck corrections;

	private final ObjectionCalendar calendar;

	ProviderAnswer(ObjectionDecisions decisions, Records records, CorrectionCheck corrections, ObjectionCalendar calendar) {
		this.decisions = decisions;
		this.records = records;
		this.corrections = corrections;
		this.calendar = calendar;
	}

	@Transactional
	Objection verify(Caller provider, long id, boolean upheld, Map<String, Object> correction, String explanation,
			Locale locale) {
		Objection objection = decisions.lock(id);
		if (!Objects.equals(objection.provider(), provider.organisation())) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD", Map.of("id", id), String.valueOf(id));
		}
		if (objection.aboutOmission()) {
			return answerOmission(provider, objection, upheld, correction, explanation);
		}
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		// R-29b, R-14: checked like a submission before anything changes; a bad correction changes nothing, and
		// one that leaves every field as it was is no correction: the upheld record is then withdrawn
		Map<String, Object> fields = upheld && correction != null && !correction.isEmpty()
				? corrections.check(record, correction, locale) : record.fields();
		boolean corrected = !fields.equals(record.fields());
		if (corrected) {
			records.correct(record.id(), fields, "异议 " + id + " 核查更正 / corrected by the provider", provider.username());
		}
		Objection answered = objection.answeredByProvider(upheld, explanation);
		Objection next = upheld && !corrected ? answered.withdrawingRecord() : answered;
		String kind = "OBJECTION_" + next.status().name();
		decisions.step(next, next.status().name(), explanation, provider);
		decisions.logged(provider, next, kind, (next.withdrawn() ? "记录撤出查询 / record withdrawn: " : "") + explanation);
		return decisions.saved(next, ObjectionStep.named(next.status().name())
			.noting(explanation)
			.answered(corrected, objection.suspendedOn(calendar.today())));
	}

	/** R-29b for a missing record: upheld, the provider submits it through normal collection. */
	private Objection answerOmission(Caller provider, Objection objection, boolean upheld, Map<String, Object> correction,
			String explanation) {
		OmissionComparison.noCorrection(correction);
		Objection next = objection.answeredByProvider(upheld, explanation);
		String kind = "OBJECTION_" + next.status().name();
		decisions.step(next, next.status().name(), explanation, provider);
		decisions.logged(provider, next, kind, explanation);
		return decisions.saved(next, ObjectionStep.named(next.status().name()).noting(explanation));
	}
}
