package io.gongxin.subject.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * Keeps a natural person's id number only encrypted (SM4-GCM, or AES-GCM, with a random IV and the
 * subject key as associated data, so a ciphertext copied onto another row does not decrypt: {@link GcmSeal}); it is
 * found by its blind index ({@link BlindIndex}) under a separate key.
 */
@Component
class IdentifierVault {

	private final GcmSeal seal;

	IdentifierVault(VaultKeys keys) {
		this.seal = keys.seal();
	}

	byte[] encrypt(ResidentIdNumber id, SubjectKey owner) {
		try {
			return seal.seal(id.value().getBytes(StandardCharsets.US_ASCII), boundTo(owner));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt an identifier", ex);
		}
	}

	ResidentIdNumber decrypt(byte[] stored, SubjectKey owner) {
		if (!seal.readable(stored)) {
			throw new IllegalStateException("stored identifier has an unknown format or algorithm");
		}
		try {
			return new ResidentIdNumber(new String(seal.open(stored, boundTo(owner)), StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			// never include the cause's text: it may hold data; the row is named by its key only
			throw new IllegalStateException("stored identifier of subject " + owner.value() + " fails authentication");
		}
	}

	private static byte[] boundTo(SubjectKey owner) {
		return ("subject:" + owner.value()).getBytes(StandardCharsets.US_ASCII);
	}
}
