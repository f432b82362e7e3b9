package io.gongxin.subject.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.UnifiedSocialCreditCode;

import org.springframework.stereotype.Component;

/**
 * Makes a natural person's id number findable without keeping it in clear: a keyed blind index (HMAC-SM3, or
 * HMAC-SHA-256) under a key of its own, apart from the one that encrypts ({@link IdentifierVault}).
 */
@Component
class BlindIndex {

	private final VaultAlgorithm algorithm;

	private final SecretKeySpec key;

	BlindIndex(VaultKeys keys) {
		this.algorithm = keys.algorithm();
		this.key = keys.index();
	}

	/** The keyed blind index of an id number: equal numbers give equal indexes, nothing else can be read. */
	byte[] blindIndex(ResidentIdNumber id) {
		try {
			Mac mac = Mac.getInstance(algorithm.mac(), VaultAlgorithm.PROVIDER);
			mac.init(key);
			return mac.doFinal(id.value().getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot compute a blind index", ex);
		}
	}

	/**
	 * The key a subject is found by in {@code subject_lookup}: an organisation's code as it is, a person's number only
	 * as its blind index.
	 */
	String lookup(SubjectIdentifier identifier) {
		if (identifier instanceof UnifiedSocialCreditCode code) {
			return "U:" + code.value();
		}
		return "P:" + HexFormat.of().formatHex(blindIndex((ResidentIdNumber) identifier));
	}
}
