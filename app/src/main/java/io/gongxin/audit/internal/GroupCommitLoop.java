package io.gongxin.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.gongxin.platform.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The group writer's thread: takes whatever entries wait (at most {@code maxGroup}), writes them as one insert and
 * one commit ({@link GroupInsert}), then releases each waiting reader: only after the commit, or with the failure
 * when the group could not be written (then every reader of the group is refused). It keeps one pool connection
 * while entries keep coming and gives it back after a second without any; a connection that failed is not reused.
 */
final class GroupCommitLoop implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommitLoop.class);

	private static final long IDLE_MILLIS = 1_000;

	private final BlockingQueue<WaitingEntry> queue;

	private final DataSource dataSource;

	private final Meters meters;

	private final int maxGroup;

	private Connection connection;

	GroupCommitLoop(BlockingQueue<WaitingEntry> queue, DataSource dataSource, Meters meters, int maxGroup) {
		this.queue = queue;
		this.dataSource = dataSource;
		this.meters = meters;
		this.maxGroup = maxGroup;
	}

	@Override
	public void run() {
		List<WaitingEntry> group = new ArrayList<>(maxGroup);
		try {
			while (true) {
				WaitingEntry first = connection == null ? queue.take() : queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
				if (first == null) {
					release();
					continue;
				}
				group.add(first);
				queue.drainTo(group, maxGroup - 1);
				boolean stop = group.remove(WaitingEntry.STOP);
				if (!group.isEmpty()) {
					write(group);
				}
				group.clear();
				if (stop) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			release();
		}
	}

	private void write(List<WaitingEntry> group) {
		try {
			if (connection == null) {
				connection = dataSource.getConnection();
				connection.setAutoCommit(false);
			}
			GroupInsert.write(connection, group.stream().map(WaitingEntry::entry).toList());
		}
		catch (SQLException | RuntimeException ex) {
			discard();
			log.error("A group of {} query log entries could not be written; their reads return nothing", group.size(), ex);
			group.forEach(waiting -> {
				meters.logWriteFailed("query");
				waiting.durable().completeExceptionally(ex);
			});
			return;
		}
		group.forEach(waiting -> {
			meters.queryLogged(waiting.entry().matter(), waiting.entry().role(), waiting.entry().channel());
			waiting.durable().complete(null);
		});
	}

	/** After a failure: rolled back if it still can be, closed and never used again (the pool drops a broken one). */
	private void discard() {
		if (connection != null) {
			try {
				connection.rollback();
			}
			catch (SQLException ex) {
				log.debug("Rollback after a failed group: {}", ex.getMessage());
			}
			release();
		}
	}

	private void release() {
		if (connection != null) {
			try {
				connection.close(); // the pool sets auto-commit back on what it gets back
			}
			catch (SQLException ex) {
				log.debug("Giving the group writer's connection back: {}", ex.getMessage());
			}
			connection = null;
		}
	}
}
