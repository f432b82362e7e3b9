package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R-24c: the body that checked reports which of the measures found it applied; the centre counts them. */
@Component
class MeasureFeedback {

	private final MeasureChecksJdbc checks;

	private final MeasureFeedbackJdbc feedback;

	private final Clock clock;

	MeasureFeedback(MeasureChecksJdbc checks, MeasureFeedbackJdbc feedback, Clock clock) {
		this.checks = checks;
		this.feedback = feedback;
		this.clock = clock;
	}

	/** What the feedback recorded. */
	record MeasureFeedbackGiven(UUID checkId, List<String> applied) {
	}

	/** Only the checking organisation reports, and only measures the check found. */
	@Transactional
	MeasureFeedbackGiven give(Caller caller, UUID checkId, List<String> applied, String note) {
		MeasureChecksJdbc.StoredCheck check = checks.find(checkId)
			.filter(c -> c.organisation().equals(caller.organisation()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_CHECK", Map.of("id", checkId),
					checkId.toString()));
		List<String> unknown = applied.stream().filter(code -> !check.measures().contains(code)).toList();
		if (!unknown.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_MEASURE", Map.of("measures", unknown),
					String.join(",", unknown));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		applied.forEach(code -> feedback.add(checkId, code, check, now, note));
		return new MeasureFeedbackGiven(checkId, List.copyOf(applied));
	}

	List<MeasureFeedbackJdbc.MeasureFeedbackCount> counts() {
		return feedback.counts();
	}
}
