package io.gongxin.dispute.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence is deleted once it is no longer needed: {@code gongxin.rights.attachment-retention} (365 days) after
 * its objection was last decided (any state but RECEIVED and FORWARDED). The law sets no period; the default
 * outlasts the six months in which a decision may be taken to court (行政诉讼法 art. 46) and the sixty days of
 * administrative reconsideration, with room to spare. The objection itself and its outcome stay; the evidence's
 * row and its sealed parts go. Idempotent; run once per interval in the cluster ({@link DisputeJobs}).
 */
@Component
class AttachmentSweep {

	private static final Logger log = LoggerFactory.getLogger(AttachmentSweep.class);

	/** Rows deleted per statement, so that one round never holds many locks for long. */
	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	AttachmentSweep(JdbcClient jdbc, Clock clock,
			@Value("${gongxin.rights.attachment-retention:P365D}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	void scheduled() {
		int deleted = sweep();
		if (deleted > 0) {
			log.info("Deleted the evidence of {} closed objections' attachments past their retention", deleted);
		}
	}

	/** Deletes the attachments past their retention; returns how many. */
	int sweep() {
		OffsetDateTime before = OffsetDateTime.now(clock).minus(retention);
		int total = 0;
		List<Expired> expired;
		do {
			expired = jdbc.sql("""
					delete from objection_attachments where id in (
					    select a.id from objection_attachments a join objections o on o.id = a.objection_id
					     where o.status not in ('RECEIVED', 'FORWARDED') and o.updated_at < ?
					     limit ?)
					returning id, stored_path""")
				.params(before, BATCH)
				.query((rs, row) -> new Expired(rs.getObject("id", UUID.class), rs.getString("stored_path")))
				.list();
			// a file an earlier version left on this node's disk goes too; on another node's, that node's start removes it
			expired.stream().filter(e -> e.oldPath() != null).forEach(e -> new OldEvidenceFile(Path.of(e.oldPath())).delete());
			total += expired.size();
		}
		while (expired.size() == BATCH);
		return total;
	}

	private record Expired(UUID id, String oldPath) {
	}
}
