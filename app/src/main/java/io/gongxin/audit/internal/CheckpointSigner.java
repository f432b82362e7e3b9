package io.gongxin.audit.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import io.gongxin.platform.GongxinProperties;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs daily checkpoints with SM2 (SM3withSM2, BouncyCastle). The key pair comes from
 * {@code gongxin.audit.signing-key} / {@code gongxin.audit.verify-key} (base64 PKCS#8 / X.509). Only in
 * demo mode is a missing pair generated, once, and kept under the data directory readable by its owner
 * only; anywhere else a start without configured keys is refused, as the vault refuses one without its
 * keys (a key generated beside the data it vouches for proves little, and the default umask left it
 * readable by every local account).
 */
@Component
class CheckpointSigner {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

	private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

	private static final String ALGORITHM = "SM3withSM2";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	CheckpointSigner(GongxinProperties properties, @Value("${gongxin.audit.signing-key:}") String signingKey,
			@Value("${gongxin.audit.verify-key:}") String verifyKey) throws IOException, GeneralSecurityException {
		KeyFactory factory = KeyFactory.getInstance("EC", PROVIDER);
		if (signingKey.isBlank() || verifyKey.isBlank()) {
			if (!properties.demo()) {
				throw new IllegalStateException("gongxin.audit.signing-key and gongxin.audit.verify-key must be "
						+ "configured (base64 PKCS#8 / X.509 SM2 pair); only demo mode generates a key pair of its own");
			}
			Properties keys = generatedKeys(properties.dataDirectory().resolve("keys/audit-sm2.properties"));
			signingKey = keys.getProperty("signing-key");
			verifyKey = keys.getProperty("verify-key");
		}
		this.privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signingKey.strip())));
		this.publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(verifyKey.strip())));
	}

	byte[] publicKey() {
		return publicKey.getEncoded();
	}

	byte[] sign(LocalDate day, long seq, byte[] hash) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM, PROVIDER);
			signature.initSign(privateKey);
			signature.update(statement(day, seq, hash));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign a checkpoint", ex);
		}
	}

	/** Whether the signature is this platform's over that day, link and hash. */
	boolean verify(LocalDate day, long seq, byte[] hash, byte[] signed) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM, PROVIDER);
			signature.initVerify(publicKey);
			signature.update(statement(day, seq, hash));
			return signature.verify(signed);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static byte[] statement(LocalDate day, long seq, byte[] hash) {
		return ("gongxin-query-log|" + day + "|" + seq + "|" + HexFormat.of().formatHex(hash))
			.getBytes(StandardCharsets.UTF_8);
	}

	static Properties generatedKeys(Path file) throws IOException, GeneralSecurityException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file)) {
				keys.load(in);
			}
			return keys;
		}
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
		generator.initialize(new ECGenParameterSpec("sm2p256v1"));
		KeyPair pair = generator.generateKeyPair();
		keys.setProperty("signing-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
		keys.setProperty("verify-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		Files.createDirectories(file.getParent());
		// created owner-only before the private key is written into it, not restricted afterwards
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
			keys.store(out, "Gongxin demo SM2 key pair for signing query-log checkpoints; never use outside demo mode");
		}
		Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
		log.info("Generated a demo SM2 checkpoint key pair in {}", file);
		return keys;
	}
}
