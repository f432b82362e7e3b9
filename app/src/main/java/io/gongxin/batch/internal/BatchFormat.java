package io.gongxin.batch.internal;

import java.util.Locale;
import java.util.Optional;

/** The file formats a batch may have. */
enum BatchFormat {

	CSV, XLSX, JSONL;

	/** From the file name's extension, if it says. */
	static Optional<BatchFormat> ofFileName(String name) {
		String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
			return Optional.of(CSV);
		}
		if (lower.endsWith(".xlsx")) {
			return Optional.of(XLSX);
		}
		if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
			return Optional.of(JSONL);
		}
		return Optional.empty();
	}
}
