package io.gongxin.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.LocalDate;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/** Signs daily checkpoints with SM2 (SM3withSM2, BouncyCastle) and checks such signatures ({@link CheckpointKeys}). */
@Component
class CheckpointSigner {

	private static final String ALGORITHM = "SM3withSM2";

	private final CheckpointKeys keys;

	CheckpointSigner(CheckpointKeys keys) {
		this.keys = keys;
	}

	byte[] publicKey() {
		return keys.publicKey.getEncoded();
	}

	byte[] sign(LocalDate day, long seq, byte[] hash) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM, CheckpointKeys.PROVIDER);
			signature.initSign(keys.privateKey);
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
			Signature signature = Signature.getInstance(ALGORITHM, CheckpointKeys.PROVIDER);
			signature.initVerify(keys.publicKey);
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
}
