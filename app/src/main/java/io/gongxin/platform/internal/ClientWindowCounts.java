package io.gongxin.platform.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.gongxin.platform.ClientThrottle.Bucket;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of {@link ClientWindows}, in {@code client_windows}: one upsert per request, so every node counts into
 * the same row. The count is committed on its own, so a refused or failed request still counts; its commit is
 * asynchronous ({@code synchronous_commit} off for that transaction only: the query log and everything else wait
 * for their flush as before).
 */
@Component
class ClientWindowCounts {

	private final JdbcClient jdbc;

	private final AtomicLong sweptBefore = new AtomicLong();

	private final TransactionTemplate ownTransaction;

	ClientWindowCounts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Counts one hit in the client's window of {@code minute}; the window's hits so far. */
	Integer hit(Bucket bucket, String client, long minute) {
		return ownTransaction.execute(status -> {
			// a count lost in a database crash only lets a client a few more lookups in that minute: the commit does
			// not wait for its WAL flush, nor holds the window's row locked for that long (issue 16)
			jdbc.sql("select set_config('synchronous_commit', 'off', true)").query(String.class).single();
			sweep(minute);
			return jdbc.sql("""
				insert into client_windows (bucket, client, minute, hits) values (?, ?, ?, 1)
				on conflict (bucket, client, minute) do update set hits = client_windows.hits + 1
				returning hits""").params(bucket.name(), client, minute).query(Integer.class).single();
		});
	}

	/** Once a minute per node, the windows that can no longer count are deleted. */
	private void sweep(long minute) {
		long before = sweptBefore.get();
		if (before < minute && sweptBefore.compareAndSet(before, minute)) {
			jdbc.sql("delete from client_windows where minute < ?").param(minute - 1).update();
		}
	}
}
