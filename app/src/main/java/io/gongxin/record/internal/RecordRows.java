package io.gongxin.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.List;
import java.util.Collection;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.subject.SubjectKey;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code records} table as rows: reading one (or locking it for a change), and keeping the version a change
 * replaces in {@code record_versions}. A record's fields are the catalog's, stored as JSON.
 */
@Component
class RecordRows {

	static final String COLUMNS = """
			subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on, ended_on,
			fields::text as fields, state, late, version, submitted_at, updated_at""";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	RecordRows(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	Optional<CreditRecord> find(long recordId) {
		return jdbc.sql("select " + COLUMNS + " from records where record_id = ?")
			.param(recordId)
			.query(this::record)
			.optional();
	}

	List<CreditRecord> findAll(Collection<Long> recordIds) {
		if (recordIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from records where record_id = any(?)")
			.param(recordIds.toArray(Long[]::new))
			.query(this::record)
			.list();
	}

	/** The record, locked until the transaction ends. */
	CreditRecord lock(long recordId) {
		return jdbc.sql("select " + COLUMNS + " from records where record_id = ? for update")
			.param(recordId)
			.query(this::record)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD",
					Map.of("recordId", recordId), String.valueOf(recordId)));
	}

	/** Keeps the current version of the record, replaced now by {@code by} for {@code reason}. */
	void keepVersion(CreditRecord current, String by, String reason) {
		jdbc.sql("""
				insert into record_versions (subject_key, record_id, version, item, catalog_version, occurred_on, ended_on,
				                             fields, state, replaced_at, replaced_by, reason)
				select subject_key, record_id, version, item, catalog_version, occurred_on, ended_on, fields, state, ?, ?, ?
				  from records where subject_key = ? and record_id = ?""")
			.params(now(), by, reason, current.subject().value(), current.id())
			.update();
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	String json(Map<String, Object> fields) {
		return json.writeValueAsString(fields);
	}

	Map<String, Object> fields(String text) {
		return json.readValue(text, MAP);
	}

	CreditRecord record(ResultSet rs, int row) throws SQLException {
		return record(rs, fields(rs.getString("fields")));
	}

	/** The record with its fields parsed only when read, and written to JSON as stored ({@link StoredFields}). */
	CreditRecord storedRecord(ResultSet rs, int row) throws SQLException {
		return storedRecord(rs, "");
	}

	/** {@link #storedRecord(ResultSet, int)} of a row whose column names carry a prefix ({@link RecordJoin}'s). */
	CreditRecord storedRecord(ResultSet rs, String prefix) throws SQLException {
		return record(rs, prefix, new StoredFields(rs.getString(prefix + "fields"), this::fields));
	}

	private static CreditRecord record(ResultSet rs, Map<String, Object> fields) throws SQLException {
		return record(rs, "", fields);
	}

	private static CreditRecord record(ResultSet rs, String p, Map<String, Object> fields) throws SQLException {
		return new CreditRecord(rs.getLong(p + "record_id"), new SubjectKey(rs.getLong(p + "subject_key")),
				rs.getString(p + "item"), rs.getString(p + "catalog_version"), rs.getString(p + "provider"),
				rs.getString(p + "source_ref"), rs.getObject(p + "occurred_on", LocalDate.class),
				rs.getObject(p + "ended_on", LocalDate.class), fields, RecordState.valueOf(rs.getString(p + "state")),
				rs.getObject(p + "late", Boolean.class), rs.getInt(p + "version"),
				rs.getObject(p + "submitted_at", OffsetDateTime.class), rs.getObject(p + "updated_at", OffsetDateTime.class));
	}
}
