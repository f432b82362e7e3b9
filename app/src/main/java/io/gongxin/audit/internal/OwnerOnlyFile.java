package io.gongxin.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets written to a file only its owner may read: created owner-only before anything is written into it, not
 * restricted afterwards (the default umask would leave it readable by every local account), then moved in place.
 */
final class OwnerOnlyFile {

	private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFile.class);

	private OwnerOnlyFile() {
	}

	static void write(Path file, Properties secrets, String comment) throws IOException {
		Files.createDirectories(file.getParent());
		Path written = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(written);
		try {
			Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(written);
			log.warn("Cannot restrict the permissions of {}", file);
		}
		try (Writer out = Files.newBufferedWriter(written)) {
			secrets.store(out, comment);
		}
		Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
	}
}
