package io.gongxin.batch.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.gongxin.platform.DomainException;

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

	/**
	 * The format the uploader declared, else what the file's first bytes say (a zip is XLSX), else its
	 * extension, else an opening brace first says JSON Lines and anything else CSV.
	 */
	static BatchFormat of(String declared, String fileName, byte[] head) {
		if (declared != null && !declared.isBlank()) {
			try {
				return BatchFormat.valueOf(declared.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new DomainException(DomainException.Kind.INVALID, "UNSUPPORTED_FORMAT", Map.of("format", declared),
						declared);
			}
		}
		if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
			return BatchFormat.XLSX;
		}
		return BatchFormat.ofFileName(fileName).orElseGet(() -> {
			String start = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").strip();
			return start.startsWith("{") ? BatchFormat.JSONL : BatchFormat.CSV;
		});
	}
}
