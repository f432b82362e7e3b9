package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.gongxin.collection.ValidRecord;
import io.gongxin.record.Records;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The set-based half of a batch: one indexed lookup finds which rows correct earlier records, the
 * chunk's valid rows go into a temporary table by one {@code COPY}, then a handful of statements merge
 * them into the record store, keep the previous version of every corrected record and write the
 * collection log. Runs inside the chunk's transaction.
 */
@Component
class BatchMerge {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ObjectMapper json;

	private final Clock clock;

	private final Records records;

	BatchMerge(JdbcClient jdbc, DataSource dataSource, ObjectMapper json, Clock clock, Records records) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.clock = clock;
		this.records = records;
	}

	/** A valid row of the chunk, its subject resolved. */
	record StagedRow(int row, String sourceRef, long subjectKey, ValidRecord record) {
	}

	/** How many rows of the chunk were created, updated and unchanged, and which were refused as revoked. */
	record Merged(int created, int updated, int unchanged, List<Integer> revokedRows) {
	}

	/** The batch a chunk belongs to, and the catalog version its rows were checked against. */
	record Target(Batch batch, String catalogVersion) {

		UUID id() {
			return batch.id();
		}

		String provider() {
			return batch.provider();
		}

		String username() {
			return batch.username();
		}

		String item() {
			return batch.item();
		}
	}

	Merged merge(Target target, List<StagedRow> rows) {
		if (rows.isEmpty()) {
			return new Merged(0, 0, 0, List.of());
		}
		Map<String, Long> existing = existingKeys(target.provider(), rows);
		int created = rows.size() - existing.size();
		List<Long> fresh = created == 0 ? List.of()
				: jdbc.sql("select nextval('record_id_seq') from generate_series(1, ?)").param(created).query(Long.class).list();
		copy(target.id(), rows, existing, fresh);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (created > 0) {
			insertCreated(target, now);
		}
		int updated = 0;
		List<Integer> revoked = List.of();
		if (!existing.isEmpty()) {
			classifyExisting(target.item());
			updated = replaceUpdated(target.provider(), target.username(), target.item(), target.catalogVersion(), now);
			revoked = jdbc.sql("select row_no from batch_chunk where outcome = 'REVOKED'").query(Integer.class).list();
		}
		records.merged(merged("CREATED"), merged("UPDATED"));
		logOutcomes(target, now);
		return new Merged(created, updated, rows.size() - created - updated - revoked.size(), revoked);
	}

	/** The records the chunk merged with that outcome (their events are published by the record store). */
	private List<Long> merged(String outcome) {
		return jdbc.sql("select record_id from batch_chunk where outcome = ?").param(outcome).query(Long.class).list();
	}

	/** The chunk's new records and their keys. */
	private void insertCreated(Target target, OffsetDateTime now) {
		jdbc.sql("""
				insert into record_keys (provider, source_ref, subject_key, record_id)
				select ?, source_ref, subject_key, record_id from batch_chunk where outcome = 'CREATED'""")
			.param(target.provider())
			.update();
		jdbc.sql("""
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
				                     ended_on, fields, late, version, submitted_at, updated_at, updated_by)
				select subject_key, record_id, ?, ?, ?, source_ref, occurred_on, ended_on, fields, late, 1, ?, ?, ?
				  from batch_chunk where outcome = 'CREATED'""")
			.params(target.item(), target.catalogVersion(), target.provider(), now, now, target.username())
			.update();
	}

	/** Each row that names an earlier record: that record revoked, the same as sent, or to be updated. */
	private void classifyExisting(String item) {
		jdbc.sql("""
				update batch_chunk s set outcome = case
				         when r.state = 'REVOKED' then 'REVOKED'
				         when r.subject_key = s.subject_key and r.item = ? and r.occurred_on = s.occurred_on
				              and r.ended_on is not distinct from s.ended_on and r.fields = s.fields then 'UNCHANGED'
				         else 'UPDATED' end
				  from records r where s.outcome = 'EXISTING' and r.record_id = s.record_id""")
			.param(item)
			.update();
	}

	/** The collection log's line for every stored row (R-09b). */
	private void logOutcomes(Target target, OffsetDateTime now) {
		jdbc.sql("""
				insert into collection_log (at, provider, username, channel, batch_id, item, source_ref, subject_key, record_id,
				                            outcome, late)
				select ?, ?, ?, 'BATCH', ?, ?, source_ref, subject_key, record_id, outcome, late
				  from batch_chunk where outcome in ('CREATED', 'UPDATED', 'UNCHANGED')""")
			.params(now, target.provider(), target.username(), target.id(), target.item())
			.update();
	}

	/** One indexed lookup for the whole chunk: which source references the provider has used before. */
	private Map<String, Long> existingKeys(String provider, List<StagedRow> rows) {
		Map<String, Long> existing = new HashMap<>();
		jdbc.sql("select source_ref, record_id from record_keys where provider = ? and source_ref = any(?)")
			.params(provider, rows.stream().map(StagedRow::sourceRef).toArray(String[]::new))
			.query((rs, n) -> existing.put(rs.getString(1), rs.getLong(2)))
			.list();
		return existing;
	}

	private int replaceUpdated(String provider, String username, String item, String catalogVersion,
			OffsetDateTime now) {
		jdbc.sql("""
				insert into record_versions (subject_key, record_id, version, item, catalog_version, occurred_on, ended_on,
				                             fields, state, replaced_at, replaced_by, reason)
				select r.subject_key, r.record_id, r.version, r.item, r.catalog_version, r.occurred_on, r.ended_on, r.fields,
				       r.state, ?, ?, '更正 / correction by resubmission (batch)'
				  from records r join batch_chunk s on s.record_id = r.record_id
				 where s.outcome = 'UPDATED'""")
			.params(now, username)
			.update();
		int updated = jdbc.sql("""
				with old as (
				  delete from records r using batch_chunk s
				   where s.outcome = 'UPDATED' and r.record_id = s.record_id
				  returning r.record_id, r.version, r.submitted_at)
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on, ended_on,
				                     fields, late, version, submitted_at, updated_at, updated_by)
				select s.subject_key, s.record_id, ?, ?, ?, s.source_ref, s.occurred_on, s.ended_on, s.fields, s.late,
				       old.version + 1, old.submitted_at, ?, ?
				  from batch_chunk s join old on old.record_id = s.record_id""")
			.params(item, catalogVersion, provider, now, username)
			.update();
		jdbc.sql("""
				update record_keys k set subject_key = s.subject_key from batch_chunk s
				 where s.outcome = 'UPDATED' and k.provider = ? and k.source_ref = s.source_ref
				   and k.subject_key <> s.subject_key""")
			.param(provider)
			.update();
		return updated;
	}

	/**
	 * One COPY of the chunk's rows, each with its record id and whether it is new, into a temporary table
	 * of this transaction (no WAL, no index, dropped at commit), on the transaction's own connection.
	 */
	private void copy(UUID batch, List<StagedRow> rows, Map<String, Long> existing, List<Long> fresh) {
		jdbc.sql("create temp table batch_chunk (like batch_staging) on commit drop").update();
		StringWriter csv = new StringWriter(rows.size() * 256);
		Iterator<Long> ids = fresh.iterator();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
			for (StagedRow row : rows) {
				ValidRecord record = row.record();
				Long known = existing.get(row.sourceRef());
				printer.printRecord(batch, row.row(), row.sourceRef(), row.subjectKey(), record.occurredOn(),
						record.endedOn(), json.writeValueAsString(record.fields()), record.late(),
						known != null ? known : ids.next(), known != null ? "EXISTING" : "CREATED");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy batch_chunk (batch_id, row_no, source_ref, subject_key, occurred_on, ended_on, fields, late,"
						+ " record_id, outcome) from stdin (format csv)", new StringReader(csv.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into batch_staging failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
