package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.gongxin.platform.GongxinProperties;
import io.gongxin.subject.DataSealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded batch files, kept in the database (ADR 0011): any node can take a batch over, and nothing
 * rests on one node's disk. A file is cut into parts of {@value #PART} bytes, each sealed with the
 * vault's key (the file holds full id numbers) and bound to its batch and position. While a batch runs,
 * its file is unsealed into an owner-only work file that the worker deletes when it stops; the parts are
 * deleted when the batch is DONE or FAILED ({@link UploadSweep} at start-up for those a crash left). Parts are sealed
 * and opened two at a time on threads of their own ({@link PartsAhead}), stored and written in order.
 */
@Component
class BatchFiles {

	private static final Logger log = LoggerFactory.getLogger(BatchFiles.class);

	static final int PART = 1024 * 1024;

	private final JdbcClient jdbc;

	private final DataSealing sealing;

	private final Path work;

	BatchFiles(JdbcClient jdbc, DataSealing sealing, GongxinProperties properties) {
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.work = properties.dataDirectory().resolve("batch-work");
	}

	/** Stores the upload; returns its size in bytes. Runs in the caller's transaction, if any. */
	long store(UUID batch, InputStream in) throws IOException {
		long size = 0;
		int part = 0;
		byte[] buffer;
		try (PartsAhead ahead = new PartsAhead()) {
			while ((buffer = in.readNBytes(PART)).length > 0) {
				byte[] plain = buffer;
				String context = context(batch, part);
				insert(batch, part - PartsAhead.AHEAD, ahead.next(() -> sealing.seal(plain, context)));
				size += buffer.length;
				part++;
			}
			for (int left = Math.min(part, PartsAhead.AHEAD); left > 0; left--) {
				insert(batch, part - left, ahead.take());
			}
		}
		return size;
	}

	private void insert(UUID batch, int part, byte[] sealed) {
		if (sealed != null) {
			jdbc.sql("insert into batch_files (batch_id, part, content) values (?, ?, ?)")
				.params(batch, part, sealed)
				.update();
		}
	}

	/**
	 * The batch's file, unsealed into an owner-only work file; the caller deletes it. A batch uploaded
	 * before files moved into the database is read from its old path.
	 */
	Path unseal(UUID batch, String oldPath) throws IOException {
		Files.createDirectories(work);
		Path file = work.resolve(batch + ".upload");
		Files.deleteIfExists(file);
		Files.createFile(file);
		ownerOnly(file);
		AtomicInteger parts = new AtomicInteger();
		AtomicLong expected = new AtomicLong();
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE);
				PartsAhead opening = new PartsAhead()) {
			List<Integer> numbers = jdbc.sql("select part from batch_files where batch_id = ? order by part")
				.param(batch)
				.query(Integer.class)
				.list();
			for (int part : numbers) {
				if (part != expected.getAndIncrement()) {
					throw new IllegalStateException("batch " + batch + " misses part " + (part - 1));
				}
				byte[] sealed = jdbc.sql("select content from batch_files where batch_id = ? and part = ?")
					.params(batch, part)
					.query(byte[].class)
					.single();
				write(out, opening.next(() -> sealing.open(sealed, context(batch, part))));
				parts.incrementAndGet();
			}
			for (byte[] plain; (plain = opening.take()) != null;) {
				out.write(plain);
			}
		}
		if (parts.get() == 0 && oldPath != null && Files.isRegularFile(Path.of(oldPath))) {
			Files.copy(Path.of(oldPath), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static void write(OutputStream out, byte[] plain) throws IOException {
		if (plain != null) {
			out.write(plain);
		}
	}

	/** Forgets the upload of a finished batch: its parts, and a file from before they were kept here. */
	void delete(UUID batch, String oldPath) {
		jdbc.sql("delete from batch_files where batch_id = ?").param(batch).update();
		if (oldPath != null) {
			deleteQuietly(Path.of(oldPath));
		}
	}

	void deleteWorkFile(Path file) {
		deleteQuietly(file);
	}

	long storedBytes(UUID batch) {
		return jdbc.sql("select coalesce(sum(length(content)), 0) from batch_files where batch_id = ?")
			.param(batch)
			.query(Long.class)
			.single();
	}

	private static String context(UUID batch, int part) {
		return "batch:" + batch + ":" + part;
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.warn("Cannot restrict the permissions of {}", file);
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}", file);
		}
	}
}
