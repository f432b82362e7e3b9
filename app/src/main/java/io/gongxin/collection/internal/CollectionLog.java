package io.gongxin.collection.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** R-09b: who submitted what and when, one line per record and outcome, kept long term. */
@Component
class CollectionLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final io.gongxin.platform.Meters meters;

	CollectionLog(JdbcClient jdbc, Clock clock, io.gongxin.platform.Meters meters) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.clock = clock;
	}

	/** One line of the log; {@code detail} never holds an id number (error codes only). */
	record Entry(String provider, String username, String channel, UUID batch, String item, String sourceRef,
			Long subjectKey, Long recordId, String outcome, Boolean late, String detail) {
	}

	void write(Entry entry) {
		try {
			insert(entry);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			meters.logWriteFailed("collection");
			throw ex;
		}
	}

	private void insert(Entry entry) {
		jdbc.sql("""
				insert into collection_log (at, provider, username, channel, batch_id, item, source_ref, subject_key,
				                            record_id, outcome, late, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(clock), entry.provider(), entry.username(), entry.channel(), entry.batch(),
					entry.item(), entry.sourceRef(), entry.subjectKey(), entry.recordId(), entry.outcome(), entry.late(),
					entry.detail())
			.update();
	}
}
