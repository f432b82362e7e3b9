package io.gongxin.subject.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Demo mode only: the vault's keys generated once and kept, readable by the owner only, under the data directory. */
final class DemoVaultKeys {

	private static final Logger log = LoggerFactory.getLogger(DemoVaultKeys.class);

	private DemoVaultKeys() {
	}

	/** The keys kept in the file, generated and written there first if there are none. */
	static Properties in(Path file, VaultAlgorithm algorithm) throws IOException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file)) {
				keys.load(in);
			}
			return keys;
		}
		SecureRandom random = new SecureRandom();
		byte[] encryption = new byte[algorithm.keyBytes()];
		byte[] index = new byte[VaultConfiguration.INDEX_KEY_BYTES];
		random.nextBytes(encryption);
		random.nextBytes(index);
		keys.setProperty("encryption-key", HexFormat.of().formatHex(encryption));
		keys.setProperty("index-key", HexFormat.of().formatHex(index));
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file)) {
			keys.store(out, "Gongxin demo vault keys, generated once; never use these outside demo mode");
		}
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.warn("Cannot restrict the permissions of {}", file);
		}
		log.info("Generated demo vault keys in {}", file);
		return keys;
	}
}
