package io.gongxin.batch.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The batches table: a batch, the provider's batches, a failure. A worker's claim is {@link BatchClaims}, its
 * progress {@link BatchLeases}, the rows' errors {@link BatchErrors}. */
@Repository
class BatchStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	BatchStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create(Batch batch, long size) {
		jdbc.sql("""
				insert into batches (id, provider, username, item, format, file_name, stored_path, size_bytes, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)""")
			.params(batch.id(), batch.provider(), batch.username(), batch.item(), batch.format().name(),
					batch.fileName(), batch.storedPath(), size, OffsetDateTime.now(clock))
			.update();
	}

	void size(UUID id, long size) {
		jdbc.sql("update batches set size_bytes = ? where id = ?").params(size, id).update();
	}

	/** The provider's latest batches, newest first. */
	List<Batch> recent(String provider, int limit) {
		return jdbc.sql("select * from batches where provider = ? order by created_at desc limit ?")
			.params(provider, limit)
			.query(Batch::read)
			.list();
	}

	Optional<Batch> find(UUID id) {
		return jdbc.sql("select * from batches where id = ?").param(id).query(Batch::read).optional();
	}

	/** FAILED, unless DONE already; the lease is cleared, so a worker still running it stops at its next write. */
	void fail(UUID id, String code) {
		jdbc.sql("""
				update batches set status = 'FAILED', failure = ?, finished_at = ?, lease = null
				 where id = ? and status <> 'DONE'""")
			.params(code, OffsetDateTime.now(clock), id)
			.update();
	}
}
