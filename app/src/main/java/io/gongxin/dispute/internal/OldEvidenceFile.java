package io.gongxin.dispute.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One evidence file an earlier version stored on this node's disk ({@link OldEvidenceFiles}). */
record OldEvidenceFile(Path path) {

	private static final Logger log = LoggerFactory.getLogger(OldEvidenceFile.class);

	/** The attachment whose evidence it holds, named for its id ({@code <id>.bin}); any other file is left alone. */
	Optional<UUID> attachment() {
		String name = path.getFileName().toString();
		try {
			return Optional.of(UUID.fromString(name.substring(0, name.length() - ".bin".length())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	void delete() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Cannot delete the old evidence file {}", path);
		}
	}
}
