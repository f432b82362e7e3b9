package io.gongxin.record.internal;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes of a stored record: revoked by its provider, deleted on its subject's request, repaired
 * (corrected: {@link RecordCorrection}; expired: {@link RecordExpiry}). Each is guarded by a verb of
 * {@link RecordState}, keeps the version it replaces and publishes {@link RecordChanged} in its transaction.
 */
@Component
class RecordLifecycle {

	private final RecordRows rows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RecordLifecycle(RecordRows rows, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A verb of {@link RecordState}: the state it leads to, or a refusal. */
	interface Verb {

		RecordState apply(RecordState from, long recordId);
	}

	/** Moves the record on by the verb; a verb that leaves the state as it is changes nothing. */
	@Transactional
	CreditRecord change(long recordId, Change change, Verb verb, String reason, String by) {
		CreditRecord current = rows.lock(recordId);
		RecordState next = verb.apply(current.state(), recordId);
		if (current.state() == next) {
			return current;
		}
		rows.keepVersion(current, by, reason);
		jdbc.sql("""
				update records set state = ?, version = version + 1, updated_at = ?, updated_by = ?
				 where subject_key = ? and record_id = ?""")
			.params(next.name(), rows.now(), by, current.subject().value(), recordId)
			.update();
		events.publishEvent(new RecordChanged(current.id(), current.subject(), current.item(), current.provider(), change,
				next, rows.now().toInstant()));
		return rows.find(recordId).orElseThrow();
	}
}
