package io.gongxin.audit.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import io.gongxin.audit.QueryLogEntry;
import io.gongxin.platform.DatabaseFaults;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Meters;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Group commit in the application (issue 16): readers on this node hand their query-log entries to one writer thread
 * ({@link GroupCommitLoop}), which appends whatever waits as one insert and one commit and only then lets each reader
 * return its data. A group that cannot be written refuses every read in it, as a single entry that cannot be written
 * does: {@code AUDIT_UNAVAILABLE}, or {@code DATABASE_UNAVAILABLE} with {@code Retry-After} while the database
 * is away. The queue is bounded ({@link QueryLogGroupSettings#queue()}): when it is full a reader waits for room, and
 * is refused when none comes in time. It stops after the web server (its phase is lower): what waits is written,
 * later entries are refused.
 */
@Component
class QueryLogGroups implements SmartLifecycle {

	private final QueryLogGroupSettings settings;

	private final BlockingQueue<WaitingEntry> queue;

	private final GroupCommitLoop loop;

	private volatile Thread writer;

	private volatile boolean open;

	QueryLogGroups(QueryLogGroupSettings settings, DataSource dataSource, Meters meters) {
		this.settings = settings;
		this.queue = new ArrayBlockingQueue<>(settings.queue());
		this.loop = new GroupCommitLoop(queue, dataSource, meters, settings.maxGroup());
	}

	boolean enabled() {
		return settings.enabled();
	}

	/** Entries waiting for the writer now (not counting the group it is writing). */
	int waiting() {
		return queue.size();
	}

	/** Returns once the entry is committed; refuses the read (throws) when it was not, or not in time. */
	void append(QueryLogEntry entry) {
		WaitingEntry waiting = WaitingEntry.of(entry);
		long wait = settings.timeout().toNanos();
		try {
			if (!open || !queue.offer(waiting, wait, TimeUnit.NANOSECONDS)) {
				throw refused(null);
			}
			waiting.durable().get(wait, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw refused(ex);
		}
		catch (ExecutionException ex) {
			throw refused(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw refused(ex);
		}
	}

	private static RuntimeException refused(Throwable failure) {
		if (failure != null && DatabaseFaults.unavailable(failure)) {
			return new DataAccessResourceFailureException("The query log's database is unavailable", failure);
		}
		return new DomainException(DomainException.Kind.UNAVAILABLE, "AUDIT_UNAVAILABLE");
	}

	@Override
	public void start() {
		if (settings.enabled() && writer == null) {
			open = true;
			Thread thread = new Thread(loop, "gongxin-query-log-writer");
			thread.setDaemon(true);
			thread.start();
			writer = thread;
		}
	}

	@Override
	public void stop() {
		Thread running = writer;
		if (running == null) {
			return;
		}
		open = false;
		try {
			// behind everything already waiting (room comes as the writer takes groups)
			if (queue.offer(WaitingEntry.STOP, settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
				running.join(settings.timeout().toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		writer = null;
		// whoever got in after the stop mark: refused, never left waiting
		queue.forEach(waiting -> waiting.durable().completeExceptionally(new IllegalStateException("stopped")));
		queue.clear();
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	@Override
	public int getPhase() {
		// stops after the web server's graceful shutdown (DEFAULT_PHASE - 1024) and its stop (- 2048): requests still
		// running when the node stops get their entries written
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}
