package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.dispute.ObjectionStep;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How every step of an objection is kept: the objection locked while it changes, the new state stored and published
 * as {@link ObjectionDecided} in the same transaction (issue 15: statistics and notices listen), the step on the
 * objection's timeline, and the decision on the tamper-evident log with who and why.
 */
@Component
class ObjectionDecisions {

	private final ObjectionsJdbc objections;

	private final ObjectionSteps steps;

	private final Records records;

	private final QueryLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ObjectionDecisions(ObjectionsJdbc objections, ObjectionSteps steps, Records records, QueryLog log,
			ApplicationEventPublisher events, Clock clock) {
		this.objections = objections;
		this.steps = steps;
		this.records = records;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** The objection, locked for the step; to anyone asking for an unknown one, it does not exist. */
	Objection lock(long id) {
		return objections.lock(id)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	/** A new objection: stored and published. */
	Objection filed(Objection objection, Caller by, ObjectionStep step) {
		long id = objections.insert(objection, by.username());
		return published(objections.find(id).orElseThrow(), step);
	}

	/** The objection after a step: stored and published; answered as now stored. */
	Objection saved(Objection next, ObjectionStep step) {
		objections.update(next);
		return published(objections.find(next.id()).orElseThrow(), step);
	}

	/** An objection whose step is stored elsewhere (the centre's review, new deadlines): published as now stored. */
	Objection stepped(long id, ObjectionStep step) {
		return published(objections.find(id).orElseThrow(), step);
	}

	private Objection published(Objection now, ObjectionStep step) {
		events.publishEvent(new ObjectionDecided(now.id(), now.recordId(), now.subject(), now.status().name(),
				now.outcome(), clock.instant(), now.provider(), itemOf(now), step));
		return now;
	}

	/** The step on the objection's timeline (its page). */
	void step(Objection objection, String step, String note, Caller by) {
		steps.add(objection, step, note, by.username());
	}

	/** The decision on the query log, against the subject and the item objected to. */
	void logged(Caller caller, Objection objection, String decision, String why) {
		log.record(QueryLogEntry.decision(OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), objection.subject(), itemOf(objection), decision, why));
	}

	/** The catalog item objected to: the missing one, or the record's. */
	String itemOf(Objection objection) {
		return objection.aboutOmission() ? objection.omission().item()
				: records.find(objection.recordId()).map(CreditRecord::item).orElseThrow();
	}
}
