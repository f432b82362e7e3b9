package io.gongxin.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every node listens on {@value CacheVersions#CHANNEL} on a connection of its own (not one of the pool's) and
 * clears the cache each notification names. When that connection breaks (a database restart, a failover, a
 * terminated backend) it connects again after a wait that doubles up to {@code gongxin.caches.reconnect-max},
 * and clears every cache when it is back: notifications sent meanwhile are lost. {@link CacheVersionCheck}
 * is the safety net for anything this misses.
 */
@Component
class CacheListener implements SmartLifecycle {

	/** How the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "gongxin-cache-listener";

	private static final Logger log = LoggerFactory.getLogger(CacheListener.class);

	/** How long one wait for notifications lasts: also how soon the thread notices it is being stopped. */
	private static final int POLL_MILLIS = 500;

	/** After this long without a notification the connection is tried with a query (a silent network). */
	private static final long PING_NANOS = Duration.ofSeconds(15).toNanos();

	private static final Duration FIRST_RETRY = Duration.ofMillis(250);

	private final DataSource dataSource;

	private final CacheClearing clearing;

	private final Duration reconnectMax;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	/** The listening backend's process id while connected, else 0 (tests terminate it). */
	private volatile int backendPid;

	CacheListener(DataSource dataSource, CacheManager caches,
			@Value("${gongxin.caches.reconnect-max:PT30S}") Duration reconnectMax) {
		this.dataSource = dataSource;
		this.clearing = new CacheClearing(caches);
		this.reconnectMax = reconnectMax;
	}

	@Override
	public void start() {
		running = true;
		Thread listening = new Thread(this::listen, "gongxin-cache-listener");
		listening.setDaemon(true);
		thread = listening;
		listening.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread listening = thread;
		if (listening != null) {
			listening.interrupt();
			try {
				listening.join(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		closeQuietly(connection);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Whether this node is listening now. */
	boolean listening() {
		return backendPid != 0;
	}

	int backendPid() {
		return backendPid;
	}

	/** Listens until stopped, connecting again after each break with a wait that doubles up to the maximum. */
	private void listen() {
		Duration wait = FIRST_RETRY;
		while (running) {
			try (Connection listening = DedicatedConnection.open(dataSource, APPLICATION_NAME)) {
				connection = listening;
				listenOn(listening);
			}
			catch (SQLException | RuntimeException ex) {
				if (backendPid != 0) {
					wait = FIRST_RETRY; // it was listening: a new break starts the waits afresh
				}
				backendPid = 0;
				if (!running) {
					return;
				}
				log.warn("Cache notifications are not received ({}); listening again in {} ms", ex.getMessage(),
						wait.toMillis());
				try {
					Thread.sleep(wait.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
				wait = wait.multipliedBy(2).compareTo(reconnectMax) > 0 ? reconnectMax : wait.multipliedBy(2);
			}
			finally {
				backendPid = 0;
				connection = null;
			}
		}
	}

	/** One connection's life: listen, clear what each notification names, try the connection when quiet. */
	private void listenOn(Connection listening) throws SQLException {
		PGConnection pg = listening.unwrap(PGConnection.class);
		try (Statement statement = listening.createStatement()) {
			statement.execute("listen " + CacheVersions.CHANNEL);
		}
		backendPid = pg.getBackendPID();
		// whatever was sent while this node was not listening is lost: start afresh
		clearing.clearAll();
		long quietSince = System.nanoTime();
		while (running) {
			if (clearing.received(pg.getNotifications(POLL_MILLIS))) {
				quietSince = System.nanoTime();
			}
			clearing.clearAgainWhenDue();
			if (System.nanoTime() - quietSince > PING_NANOS) {
				try (Statement statement = listening.createStatement()) {
					statement.execute("select 1");
				}
				quietSince = System.nanoTime();
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing a broken connection: nothing to do
			}
		}
	}
}
