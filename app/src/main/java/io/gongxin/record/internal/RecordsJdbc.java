package io.gongxin.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordContent;
import io.gongxin.record.RecordRevokedException;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;
import io.gongxin.subject.SubjectKey;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class RecordsJdbc implements Records {

	private static final String COLUMNS = """
			subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on, ended_on,
			fields::text as fields, state, late, version, submitted_at, updated_at""";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	RecordsJdbc(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	private record Key(long subject, long record) {
	}

	@Override
	@Transactional
	public Stored store(String provider, String sourceRef, RecordContent content, String by) {
		lockProvider(provider);
		Optional<Key> key = lockKey(provider, sourceRef);
		if (key.isEmpty()) {
			long id = jdbc.sql("select nextval('record_id_seq')").query(Long.class).single();
			int claimed = jdbc.sql("""
					insert into record_keys (provider, source_ref, subject_key, record_id) values (?, ?, ?, ?)
					on conflict do nothing""").params(provider, sourceRef, content.subject().value(), id).update();
			if (claimed == 1) {
				insert(id, provider, sourceRef, content, 1, now(), by);
				return new Stored(id, Outcome.CREATED);
			}
			key = lockKey(provider, sourceRef);
		}
		return correct(key.orElseThrow(), provider, sourceRef, content, by);
	}

	private Stored correct(Key key, String provider, String sourceRef, RecordContent content, String by) {
		CreditRecord current = jdbc.sql("select " + COLUMNS + " from records where subject_key = ? and record_id = ? for update")
			.params(key.subject(), key.record())
			.query(this::record)
			.single();
		if (current.state() == RecordState.REVOKED) {
			throw new RecordRevokedException(current.id());
		}
		boolean same = current.subject().equals(content.subject()) && current.item().equals(content.item())
				&& current.occurredOn().equals(content.occurredOn())
				&& Objects.equals(current.endedOn(), content.endedOn()) && sameFields(current.id(), content.fields());
		if (same) {
			return new Stored(current.id(), Outcome.UNCHANGED);
		}
		keepVersion(current, by, "更正 / correction by resubmission");
		jdbc.sql("delete from records where subject_key = ? and record_id = ?").params(key.subject(), key.record()).update();
		insert(current.id(), provider, sourceRef, content, current.version() + 1, current.submittedAt(), by);
		jdbc.sql("update record_keys set subject_key = ? where provider = ? and source_ref = ?")
			.params(content.subject().value(), provider, sourceRef)
			.update();
		return new Stored(current.id(), Outcome.UPDATED);
	}

	private boolean sameFields(long recordId, Map<String, Object> fields) {
		return jdbc.sql("select fields = cast(? as jsonb) from records where record_id = ?")
			.params(json.writeValueAsString(fields), recordId)
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
					content.occurredOn(), content.endedOn(), json.writeValueAsString(content.fields()), content.late(),
					version, submittedAt, now(), by)
			.update();
	}

	private void keepVersion(CreditRecord current, String by, String reason) {
		jdbc.sql("""
				insert into record_versions (subject_key, record_id, version, item, catalog_version, occurred_on, ended_on,
				                             fields, state, replaced_at, replaced_by, reason)
				select subject_key, record_id, version, item, catalog_version, occurred_on, ended_on, fields, state, ?, ?, ?
				  from records where subject_key = ? and record_id = ?""")
			.params(now(), by, reason, current.subject().value(), current.id())
			.update();
	}

	private Optional<Key> lockKey(String provider, String sourceRef) {
		return jdbc.sql("select subject_key, record_id from record_keys where provider = ? and source_ref = ? for update")
			.params(provider, sourceRef)
			.query((rs, row) -> new Key(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	@Override
	public void lockProvider(String provider) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("records:" + provider).query().singleRow();
	}

	@Override
	public Optional<CreditRecord> find(long recordId) {
		return jdbc.sql("select " + COLUMNS + " from records where record_id = ?")
			.param(recordId)
			.query(this::record)
			.optional();
	}

	@Override
	@Transactional
	public CreditRecord revoke(long recordId, String reason, String by) {
		CreditRecord current = jdbc.sql("select " + COLUMNS + " from records where record_id = ? for update")
			.param(recordId)
			.query(this::record)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", recordId),
					String.valueOf(recordId)));
		if (current.state() == RecordState.REVOKED) {
			return current;
		}
		keepVersion(current, by, "撤销 / revoked: " + reason);
		jdbc.sql("""
				update records set state = 'REVOKED', version = version + 1, updated_at = ?, updated_by = ?
				 where subject_key = ? and record_id = ?""")
			.params(now(), by, current.subject().value(), recordId)
			.update();
		return find(recordId).orElseThrow();
	}

	@Override
	@Transactional
	public CreditRecord correct(long recordId, Map<String, Object> fields, String reason, String by) {
		CreditRecord current = lock(recordId);
		keepVersion(current, by, reason);
		java.util.Map<String, Object> merged = new java.util.LinkedHashMap<>(fields);
		jdbc.sql("""
				update records set fields = cast(? as jsonb), version = version + 1, updated_at = ?, updated_by = ?
				 where subject_key = ? and record_id = ?""")
			.params(json.writeValueAsString(merged), now(), by, current.subject().value(), recordId)
			.update();
		return find(recordId).orElseThrow();
	}

	@Override
	@Transactional
	public CreditRecord changeState(long recordId, RecordState state, String reason, String by) {
		CreditRecord current = lock(recordId);
		if (current.state() == state) {
			return current;
		}
		keepVersion(current, by, reason);
		jdbc.sql("""
				update records set state = ?, version = version + 1, updated_at = ?, updated_by = ?
				 where subject_key = ? and record_id = ?""")
			.params(state.name(), now(), by, current.subject().value(), recordId)
			.update();
		return find(recordId).orElseThrow();
	}

	@Override
	public int expire(String item, java.time.Period period, LocalDate today, boolean continuing) {
		// a continuing act without an end date has not ended, so its period has not begun (R-27a)
		String ended = continuing ? "ended_on" : "coalesce(ended_on, occurred_on)";
		return jdbc.sql("""
				update records set state = 'EXPIRED', updated_at = ?, updated_by = 'expiry'
				 where item = ? and state = 'ACTIVE' and %s + cast(? as interval) <= ?""".formatted(ended))
			.params(now(), item, period.toString(), today)
			.update();
	}

	@Override
	public List<CreditRecord> activeEndedBy(String item, LocalDate day, long afterRecordId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from records where item = ? and state = 'ACTIVE'"
				+ " and coalesce(ended_on, occurred_on) <= ? and record_id > ? order by record_id limit ?")
			.params(item, day, afterRecordId, limit)
			.query(this::record)
			.list();
	}

	@Override
	public int expire(java.util.Collection<Long> recordIds) {
		if (recordIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update records set state = 'EXPIRED', updated_at = ?, updated_by = 'expiry'
				 where record_id = any(?) and state = 'ACTIVE'""")
			.params(now(), recordIds.toArray(Long[]::new))
			.update();
	}

	private CreditRecord lock(long recordId) {
		return jdbc.sql("select " + COLUMNS + " from records where record_id = ? for update")
			.param(recordId)
			.query(this::record)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", recordId),
					String.valueOf(recordId)));
	}

	@Override
	public List<RecordVersion> history(long recordId) {
		return jdbc.sql("""
				select subject_key, item, catalog_version, occurred_on, ended_on, fields::text as fields, state, version,
				       replaced_at, replaced_by, reason
				  from record_versions where record_id = ? order by version""")
			.param(recordId)
			.query((rs, row) -> new RecordVersion(rs.getInt("version"),
					new RecordContent(new SubjectKey(rs.getLong("subject_key")), rs.getString("item"),
							rs.getString("catalog_version"), rs.getObject("occurred_on", LocalDate.class),
							rs.getObject("ended_on", LocalDate.class), json.readValue(rs.getString("fields"), MAP), null),
					RecordState.valueOf(rs.getString("state")), rs.getObject("replaced_at", OffsetDateTime.class),
					rs.getString("replaced_by"), rs.getString("reason")))
			.list();
	}

	@Override
	public List<CreditRecord> activeOf(SubjectKey subject) {
		return jdbc.sql("select " + COLUMNS + " from records where subject_key = ? and state in ('ACTIVE', 'REPAIRED')"
				+ " order by occurred_on, record_id")
			.param(subject.value())
			.query(this::record)
			.list();
	}

	@Override
	public List<CreditRecord> ofProvider(String provider, String item, int limit, int offset) {
		return jdbc.sql("select " + COLUMNS + " from records where provider = ? and (cast(? as text) is null or item = ?)"
				+ " order by record_id desc limit ? offset ?")
			.params(provider, item, item, limit, offset)
			.query(this::record)
			.list();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private CreditRecord record(ResultSet rs, int row) throws SQLException {
		return new CreditRecord(rs.getLong("record_id"), new SubjectKey(rs.getLong("subject_key")), rs.getString("item"),
				rs.getString("catalog_version"), rs.getString("provider"), rs.getString("source_ref"),
				rs.getObject("occurred_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
				json.readValue(rs.getString("fields"), MAP), RecordState.valueOf(rs.getString("state")),
				rs.getObject("late", Boolean.class), rs.getInt("version"),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
	}
}
