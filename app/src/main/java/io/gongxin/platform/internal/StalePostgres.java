package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. When the platform is killed (kill -9, power loss of
 * the JVM only), that process lives on and holds the data directory; the next start stops it first,
 * then PostgreSQL's own recovery makes the data consistent.
 */
final class StalePostgres {

	private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private StalePostgres() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<ProcessHandle> process = PostmasterPid.liveHolder(pidFile);
		if (process.isEmpty()) {
			return;
		}
		log.warn("PostgreSQL (pid {}) from an earlier run still holds {}; stopping it", process.get().pid(), dataDirectory);
		process.get().destroy();
		Instant deadline = Instant.now().plus(PATIENCE);
		while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
			sleep();
		}
		if (process.get().isAlive()) {
			process.get().destroyForcibly();
		}
		while (Files.exists(pidFile) && process.get().isAlive()) {
			sleep();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
