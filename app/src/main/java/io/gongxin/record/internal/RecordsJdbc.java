package io.gongxin.record.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordContent;
import io.gongxin.record.RecordState;
import io.gongxin.record.RecordVersion;
import io.gongxin.record.Records;
import io.gongxin.record.RecordsMerged;
import io.gongxin.record.Stored;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record store: the reads are here, as SQL; a submission is stored by {@link StoreSubmission}, and every other
 * change of a record's life goes through {@link RecordLifecycle} (with the verb of {@link RecordState} each
 * {@code Records} change is), {@link RecordCorrection}, {@link RecordExpiry} or {@link JudgedExpiry}.
 */
@Repository
class RecordsJdbc implements Records {

	private final JdbcClient jdbc;

	private final RecordRows rows;

	private final StoreSubmission submissions;

	private final RecordLifecycle lifecycle;

	private final RecordCorrection correction;

	private final RecordExpiry expiry;

	private final JudgedExpiry judged;

	RecordsJdbc(JdbcClient jdbc, RecordRows rows, StoreSubmission submissions, RecordLifecycle lifecycle,
			RecordCorrection correction, RecordExpiry expiry, JudgedExpiry judged) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.submissions = submissions;
		this.lifecycle = lifecycle;
		this.correction = correction;
		this.expiry = expiry;
		this.judged = judged;
	}

	@Override
	public Stored store(String provider, String sourceRef, RecordContent content, String by) {
		return submissions.store(provider, sourceRef, content, by);
	}

	@Override
	public void merged(String provider, Collection<Long> created, Collection<Long> late, Collection<Long> corrected,
			Instant at) {
		submissions.merged(new RecordsMerged(provider, List.copyOf(created), List.copyOf(late), List.copyOf(corrected), at));
	}

	@Override
	public void lockProvider(String provider) {
		submissions.lockProvider(provider);
	}

	@Override
	public Optional<CreditRecord> find(long recordId) {
		return rows.find(recordId);
	}

	@Override
	public List<CreditRecord> findAll(Collection<Long> recordIds) {
		return rows.findAll(recordIds);
	}

	@Override
	public CreditRecord correct(long recordId, Map<String, Object> fields, String reason, String by) {
		return correction.correct(recordId, fields, reason, by);
	}

	@Override
	public CreditRecord revoke(long recordId, String reason, String by) {
		return lifecycle.change(recordId, Change.REVOKED, RecordState::revoke, "撤销 / revoked: " + reason, by);
	}

	@Override
	public CreditRecord delete(long recordId, String reason, String by) {
		return lifecycle.change(recordId, Change.DELETED, RecordState::delete, reason, by);
	}

	@Override
	public CreditRecord repair(long recordId, String reason, String by) {
		return lifecycle.change(recordId, Change.REPAIRED, RecordState::repair, reason, by);
	}

	@Override
	public int expire(String item, Period period, LocalDate today, boolean continuing) {
		return expiry.expire(item, period, today, continuing);
	}

	@Override
	public int expire(Collection<Long> recordIds) {
		return judged.expire(recordIds);
	}

	@Override
	public List<CreditRecord> activeEndedBy(String item, LocalDate day, long afterRecordId, int limit) {
		return jdbc.sql("select " + RecordRows.COLUMNS + " from records where item = ? and state = 'ACTIVE'"
				+ " and coalesce(ended_on, occurred_on) <= ? and record_id > ? order by record_id limit ?")
			.params(item, day, afterRecordId, limit)
			.query(rows::record)
			.list();
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
							rs.getObject("ended_on", LocalDate.class), rows.fields(rs.getString("fields")), null),
					RecordState.valueOf(rs.getString("state")), rs.getObject("replaced_at", OffsetDateTime.class),
					rs.getString("replaced_by"), rs.getString("reason")))
			.list();
	}

	@Override
	public List<CreditRecord> activeOf(SubjectKey subject) {
		return jdbc.sql("select " + RecordRows.COLUMNS + " from records where subject_key = ?"
				+ " and state in ('ACTIVE', 'REPAIRED') order by occurred_on, record_id")
			.param(subject.value())
			.query(rows::storedRecord)
			.list();
	}

	@Override
	public List<CreditRecord> ofProvider(String provider, String item, int limit, int offset) {
		return jdbc.sql("select " + RecordRows.COLUMNS + " from records where provider = ?"
				+ " and (cast(? as text) is null or item = ?) order by record_id desc limit ? offset ?")
			.params(provider, item, item, limit, offset)
			.query(rows::record)
			.list();
	}
}
