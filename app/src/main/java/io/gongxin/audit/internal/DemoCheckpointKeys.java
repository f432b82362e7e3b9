package io.gongxin.audit.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Properties;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Demo mode only: an SM2 key pair generated once and kept under the data directory ({@link OwnerOnlyFile}). */
final class DemoCheckpointKeys {

	private static final Logger log = LoggerFactory.getLogger(DemoCheckpointKeys.class);

	private DemoCheckpointKeys() {
	}

	/** The pair kept in {@code file} ({@code signing-key}, {@code verify-key}), generated and written if absent. */
	static Properties in(Path file, BouncyCastleProvider provider) throws IOException, GeneralSecurityException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file)) {
				keys.load(in);
			}
			return keys;
		}
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
		generator.initialize(new ECGenParameterSpec("sm2p256v1"));
		KeyPair pair = generator.generateKeyPair();
		keys.setProperty("signing-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
		keys.setProperty("verify-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		OwnerOnlyFile.write(file, keys,
				"Gongxin demo SM2 key pair for signing query-log checkpoints; never use outside demo mode");
		log.info("Generated a demo SM2 checkpoint key pair in {}", file);
		return keys;
	}
}
