package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;

import io.gongxin.account.Caller;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.repair.RepairDecided;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (R-RP), the provider's part: the record's provider grants or refuses an application, once, with its
 * reason. A grant repairs the record at once (it stops being shown publicly). The decision is written to the
 * tamper-evident log, and {@link RepairDecided} is published in the deciding transaction (the subject is told by the
 * notices listening to it).
 */
@Component
class RepairDecisions {

	private final Repairs repairs;

	private final Records records;

	private final RightsRecords rights;

	private final RecordNames names;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RepairDecisions(Repairs repairs, Records records, RightsRecords rights, RecordNames names,
			ApplicationEventPublisher events, Clock clock) {
		this.repairs = repairs;
		this.records = records;
		this.rights = rights;
		this.names = names;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	RepairAnswer grant(Caller provider, long repairId, String reason) {
		return decide(provider, repairId, reason, Repair::grant);
	}

	@Transactional
	RepairAnswer refuse(Caller provider, long repairId, String reason) {
		return decide(provider, repairId, reason, Repair::refuse);
	}

	private RepairAnswer decide(Caller provider, long repairId, String reason,
			BiFunction<Repair, String, Repair> decision) {
		Repair decided = decision.apply(repairs.lock(repairId), provider.organisation());
		CreditRecord record = records.find(decided.recordId()).orElseThrow();
		repairs.decided(decided, reason, LocalDate.now(clock), provider.username());
		if (decided.granted()) {
			records.repair(record.id(), "信用修复：" + reason, provider.username());
		}
		events.publishEvent(new RepairDecided(decided.id(), decided.recordId(), decided.subject(), decided.granted(),
				clock.instant(), names.of(record), reason));
		rights.decided(provider, record, "REPAIR_" + decided.status(), reason);
		return RepairAnswer.of(decided);
	}
}
