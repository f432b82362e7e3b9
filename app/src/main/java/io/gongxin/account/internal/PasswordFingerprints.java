package io.gongxin.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of a user name and a password, under a key made at start that never leaves this node's
 * memory: what {@link RememberedPasswords} keeps instead of the password (ADR 0013).
 */
final class PasswordFingerprints {

	private final byte[] key = new byte[32];

	PasswordFingerprints() {
		new SecureRandom().nextBytes(key);
	}

	String of(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of()
				.formatHex(mac.doFinal((username.toLowerCase(Locale.ROOT) + "\0" + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
