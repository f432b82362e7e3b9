package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Caller;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-29b: the provider's answer to a forwarded objection. Upheld with a correction, the record is corrected (checked
 * like a submission, {@link ProviderCorrection}); upheld without one, it leaves every view but the subject's own;
 * rejected, it stays as it is. For a missing record, {@link OmissionAnswer}.
 */
@Component
class ProviderAnswer {

	private final ObjectionDecisions decisions;

	private final ProviderCorrection corrections;

	private final OmissionAnswer omissions;

	private final ObjectionCalendar calendar;

	ProviderAnswer(ObjectionDecisions decisions, ProviderCorrection corrections, OmissionAnswer omissions,
			ObjectionCalendar calendar) {
		this.decisions = decisions;
		this.corrections = corrections;
		this.omissions = omissions;
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
			return omissions.answer(provider, objection, upheld, correction, explanation);
		}
		boolean corrected = corrections.corrected(provider, objection, upheld, correction, locale);
		Objection answered = objection.answeredByProvider(upheld, explanation);
		Objection next = upheld && !corrected ? answered.withdrawingRecord() : answered;
		String kind = "OBJECTION_" + next.status().name();
		decisions.step(next, next.status().name(), explanation, provider);
		decisions.logged(provider, next, kind, (next.withdrawn() ? "记录撤出查询 / record withdrawn: " : "") + explanation);
		return decisions.saved(next, ObjectionStep.named(next.status().name())
			.noting(explanation)
			.answered(corrected, objection.suspendedOn(calendar.today())));
	}
}
