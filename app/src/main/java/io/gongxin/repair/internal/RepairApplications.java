package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.account.Caller;
import io.gongxin.record.CreditRecord;
import io.gongxin.repair.RepairRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (R-RP), the subject's part: it applies for one of its active dishonesty records once the minimum
 * publication period has passed, one pending application per record ({@link RepairEligibility}).
 * {@link RepairRequested} is published (the provider and the subject are told by the notices listening to it), and
 * the application is written to the tamper-evident log. (The provider decides in {@link RepairDecisions}.)
 */
@Component
class RepairApplications {

	private final RightsRecords rights;

	private final RepairEligibility eligibility;

	private final Repairs repairs;

	private final ApplicationEventPublisher events;

	private final RecordNames names;

	private final Clock clock;

	RepairApplications(RightsRecords rights, RepairEligibility eligibility, Repairs repairs,
			ApplicationEventPublisher events, RecordNames names, Clock clock) {
		this.rights = rights;
		this.eligibility = eligibility;
		this.repairs = repairs;
		this.events = events;
		this.names = names;
		this.clock = clock;
	}

	@Transactional
	RepairAnswer apply(Caller subject, long recordId, String statement) {
		CreditRecord record = rights.own(subject, recordId);
		LocalDate today = LocalDate.now(clock);
		eligibility.check(record, today);
		long id = repairs.applied(record.subject(), recordId, record.provider(), statement, today, subject.username());
		events.publishEvent(new RepairRequested(id, recordId, record.subject(), record.provider(), names.of(record),
				clock.instant()));
		rights.decided(subject, record, "REPAIR_APPLIED", statement);
		return new RepairAnswer(id, RepairStatus.PENDING);
	}
}
