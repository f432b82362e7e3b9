package io.gongxin.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a bearer token is stored: its SHA-256. A token carries 256 random bits, so a fast hash is
 * enough (no salt or stretching needed, unlike a password) and lets a request find its token by index.
 */
final class TokenHash {

	private TokenHash() {
	}

	static String of(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
