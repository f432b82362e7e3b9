package io.gongxin.dispute.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.platform.GongxinProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** The evidence files an earlier version stored on this node's own disk ({@code <data>/attachments}, before ADR 0013). */
@Component
class OldEvidenceFiles {

	private static final Logger log = LoggerFactory.getLogger(OldEvidenceFiles.class);

	private final Path directory;

	OldEvidenceFiles(GongxinProperties properties) {
		this.directory = properties.dataDirectory().resolve("attachments");
	}

	Path directory() {
		return directory;
	}

	/** The old files on this node; none when there is no directory, or it cannot be listed. */
	List<OldEvidenceFile> list() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (var listing = Files.list(directory)) {
			return listing.filter(f -> f.getFileName().toString().endsWith(".bin")).map(OldEvidenceFile::new).toList();
		}
		catch (IOException ex) {
			log.warn("Cannot list the old evidence files in {}", directory);
			return List.of();
		}
	}
}
