package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.platform.GongxinProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The upload files on disk that {@link UploadSweep} clears at start-up: every work file of this node's previous
 * life, and the files kept before uploads were stored in the database unless their batch is still waiting.
 */
@Component
class UploadFileSweep {

	private static final Logger log = LoggerFactory.getLogger(UploadFileSweep.class);

	private final JdbcClient jdbc;

	private final Path work;

	private final Path legacy;

	UploadFileSweep(JdbcClient jdbc, GongxinProperties properties) {
		this.jdbc = jdbc;
		this.work = properties.dataDirectory().resolve("batch-work");
		this.legacy = properties.dataDirectory().resolve("batches");
	}

	void sweep() {
		List.of(work, legacy).forEach(this::sweepDirectory);
	}

	private void sweepDirectory(Path directory) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (var files = Files.list(directory)) {
			files.filter(f -> f.getFileName().toString().endsWith(".upload"))
				.filter(f -> directory.equals(work) || !stillWaiting(f))
				.forEach(BatchFiles::deleteQuietly);
		}
		catch (IOException ex) {
			log.warn("Cannot sweep {}", directory);
		}
	}

	private boolean stillWaiting(Path file) {
		return jdbc.sql("select count(*) from batches where stored_path = ? and status in ('QUEUED', 'RUNNING')")
			.param(file.toAbsolutePath().toString())
			.query(Long.class)
			.single() > 0;
	}
}
