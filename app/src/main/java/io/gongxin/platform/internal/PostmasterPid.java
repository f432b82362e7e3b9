package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The PostgreSQL process a data directory's {@code postmaster.pid} names, while alive ({@link StalePostgres}). */
final class PostmasterPid {

	private PostmasterPid() {
	}

	static Optional<ProcessHandle> liveHolder(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parse(lines.get(0)).flatMap(ProcessHandle::of);
		return process.filter(ProcessHandle::isAlive).filter(PostmasterPid::isPostgres);
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}

	private static Optional<Long> parse(String line) {
		try {
			return Optional.of(Long.parseLong(line.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
