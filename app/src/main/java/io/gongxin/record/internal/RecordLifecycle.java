package io.gongxin.record.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of a stored record's life: corrected on an objection, revoked by its provider, deleted on its
 * subject's request, repaired (expired: {@link RecordExpiry}). Each is guarded by {@link RecordState}, keeps the
 * version it replaces and publishes {@link RecordChanged} in its transaction.
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

	@Transactional
	CreditRecord correct(long recordId, Map<String, Object> fields, String reason, String by) {
		CreditRecord current = rows.lock(recordId);
		current.state().correct(recordId);
		rows.keepVersion(current, by, reason);
		jdbc.sql("""
				update records set fields = cast(? as jsonb), version = version + 1, updated_at = ?, updated_by = ?
				 where subject_key = ? and record_id = ?""")
			.params(rows.json(new LinkedHashMap<>(fields)), rows.now(), by, current.subject().value(), recordId)
			.update();
		publish(current, Change.CORRECTED, current.state());
		return rows.find(recordId).orElseThrow();
	}

	@Transactional
	CreditRecord revoke(long recordId, String reason, String by) {
		return change(recordId, Change.REVOKED, RecordState::revoke, "撤销 / revoked: " + reason, by);
	}

	@Transactional
	CreditRecord delete(long recordId, String reason, String by) {
		return change(recordId, Change.DELETED, RecordState::delete, reason, by);
	}

	@Transactional
	CreditRecord repair(long recordId, String reason, String by) {
		return change(recordId, Change.REPAIRED, RecordState::repair, reason, by);
	}

	/** A verb of {@link RecordState}: the state it leads to, or a refusal. */
	private interface Verb {

		RecordState apply(RecordState from, long recordId);
	}

	private CreditRecord change(long recordId, Change change, Verb verb, String reason, String by) {
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
		publish(current, change, next);
		return rows.find(recordId).orElseThrow();
	}

	private void publish(CreditRecord record, Change change, RecordState state) {
		events.publishEvent(new RecordChanged(record.id(), record.subject(), record.item(), record.provider(), change,
				state, rows.now().toInstant()));
	}
}
