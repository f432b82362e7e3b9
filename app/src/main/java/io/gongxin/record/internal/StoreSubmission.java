package io.gongxin.record.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordsMerged;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordContent;
import io.gongxin.record.RecordState;
import io.gongxin.record.Stored.Outcome;
import io.gongxin.record.Stored;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's submission stored idempotently by {@code (provider, sourceRef)}: created, corrected (keeping the
 * previous version) or left unchanged; a revoked record is refused. Publishes {@link RecordChanged} when it
 * created or corrected one.
 */
@Component
class StoreSubmission {

	private final RecordRows rows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StoreSubmission(RecordRows rows, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.events = events;
	}

	private record Key(long subject, long record) {
	}

	@Transactional
	Stored store(String provider, String sourceRef, RecordContent content, String by) {
		lockProvider(provider);
		Optional<Key> key = lockKey(provider, sourceRef);
		if (key.isEmpty()) {
			long id = jdbc.sql("select nextval('record_id_seq')").query(Long.class).single();
			int claimed = jdbc.sql("""
					insert into record_keys (provider, source_ref, subject_key, record_id) values (?, ?, ?, ?)
					on conflict do nothing""").params(provider, sourceRef, content.subject().value(), id).update();
			if (claimed == 1) {
				insert(id, provider, sourceRef, content, 1, rows.now(), by);
				publish(id, provider, content, Change.STORED, RecordState.ACTIVE);
				return new Stored(id, Outcome.CREATED);
			}
			key = lockKey(provider, sourceRef);
		}
		return correct(key.orElseThrow(), provider, sourceRef, content, by);
	}

	/** Publishes one event for the records a batch chunk created and corrected with its own SQL. */
	void merged(RecordsMerged merged) {
		if (!merged.created().isEmpty() || !merged.corrected().isEmpty()) {
			events.publishEvent(merged);
		}
	}

	void lockProvider(String provider) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("records:" + provider).query().singleRow();
	}

	private Stored correct(Key key, String provider, String sourceRef, RecordContent content, String by) {
		CreditRecord current = jdbc
			.sql("select " + RecordRows.COLUMNS + " from records where subject_key = ? and record_id = ? for update")
			.params(key.subject(), key.record())
			.query(rows::record)
			.single();
		current.state().resubmit(current.id());
		boolean same = current.subject().equals(content.subject()) && current.item().equals(content.item())
				&& current.occurredOn().equals(content.occurredOn())
				&& Objects.equals(current.endedOn(), content.endedOn()) && sameFields(current.id(), content.fields());
		if (same) {
			return new Stored(current.id(), Outcome.UNCHANGED);
		}
		rows.keepVersion(current, by, "更正 / correction by resubmission");
		jdbc.sql("delete from records where subject_key = ? and record_id = ?").params(key.subject(), key.record()).update();
		insert(current.id(), provider, sourceRef, content, current.version() + 1, current.submittedAt(), by);
		jdbc.sql("update record_keys set subject_key = ? where provider = ? and source_ref = ?")
			.params(content.subject().value(), provider, sourceRef)
			.update();
		publish(current.id(), provider, content, Change.CORRECTED, current.state());
		return new Stored(current.id(), Outcome.UPDATED);
	}

	private boolean sameFields(long recordId, Map<String, Object> fields) {
		return jdbc.sql("select fields = cast(? as jsonb) from records where record_id = ?")
			.params(rows.json(fields), recordId)
			.query(Boolean.class)
			.single();
	}

	private void insert(long id, String provider, String sourceRef, RecordContent content, int version,
			OffsetDateTime submittedAt, String by) {
		jdbc.sql("""
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
				                     ended_on, fields, late, version, submitted_at, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
			.params(content.subject().value(), id, content.item(), content.catalogVersion(), provider, sourceRef,
					content.occurredOn(), content.endedOn(), rows.json(content.fields()), content.late(), version,
					submittedAt, rows.now(), by)
			.update();
	}

	private Optional<Key> lockKey(String provider, String sourceRef) {
		return jdbc.sql("select subject_key, record_id from record_keys where provider = ? and source_ref = ? for update")
			.params(provider, sourceRef)
			.query((rs, row) -> new Key(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	/** A corrected record keeps its state (a revoked one was refused above). */
	private void publish(long recordId, String provider, RecordContent content, Change change, RecordState state) {
		events.publishEvent(new RecordChanged(recordId, content.subject(), content.item(), provider, change, state,
				rows.now().toInstant()));
	}
}
