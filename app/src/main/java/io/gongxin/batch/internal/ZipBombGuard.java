package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inflates every entry of an uploaded XLSX once, counting what comes out, before the spreadsheet
 * reader sees it: a file that is not a zip, that expands beyond {@value #MAX_TOTAL} bytes, that holds
 * too many entries, or whose entries expand more than {@value #MAX_RATIO} times is refused; so is one
 * entry that inflates beyond {@code gongxin.batches.max-entry-size} (ZIP_ENTRY_TOO_LARGE): the reader
 * keeps the shared-string table in memory, and a 10 MB file whose table inflates to gigabytes would
 * pass the ratio test yet exhaust the worker.
 */
final class ZipBombGuard {

	static final long MAX_TOTAL = 2L * 1024 * 1024 * 1024;

	static final int MAX_RATIO = 200;

	static final int MAX_ENTRIES = 10_000;

	/** Small entries may compress very well (a row of empty cells); the ratio counts past this size. */
	static final long RATIO_FREE = 1024 * 1024;

	private ZipBombGuard() {
	}

	static void check(Path file, long maxEntry) throws IOException {
		long compressed = Files.size(file);
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES) {
					throw new BatchFileException("ZIP_BOMB", 1);
				}
				long size = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						size += n;
						total += n;
						if (size > maxEntry) {
							throw new BatchFileException("ZIP_ENTRY_TOO_LARGE", 1);
						}
						if (total > MAX_TOTAL || (size > RATIO_FREE && size > compressed * MAX_RATIO)) {
							throw new BatchFileException("ZIP_BOMB", 1);
						}
					}
				}
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			throw new BatchFileException("NOT_A_SPREADSHEET", 1);
		}
		if (entries == 0) {
			throw new BatchFileException("NOT_A_SPREADSHEET", 1);
		}
	}
}
