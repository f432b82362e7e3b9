package io.gongxin.subject.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.UnifiedSocialCreditCode;

/**
 * Keeps a natural person's id number only encrypted (SM4-GCM, or AES-GCM, with a random IV and the
 * subject key as associated data, so a ciphertext copied onto another row does not decrypt: {@link GcmSeal}) and
 * makes it findable by a keyed blind index (HMAC-SM3, or HMAC-SHA-256) under a separate key.
 */
class IdentifierVault {

	private final VaultAlgorithm algorithm;

	private final GcmSeal seal;

	private final SecretKeySpec indexKey;

	IdentifierVault(VaultAlgorithm algorithm, byte[] encryptionKey, byte[] indexKey) {
		this.algorithm = algorithm;
		this.seal = new GcmSeal(algorithm, new SecretKeySpec(encryptionKey, algorithm.cipher()));
		this.indexKey = new SecretKeySpec(indexKey, algorithm.mac());
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

	/** The keyed blind index of an id number: equal numbers give equal indexes, nothing else can be read. */
	byte[] blindIndex(ResidentIdNumber id) {
		try {
			Mac mac = Mac.getInstance(algorithm.mac(), VaultAlgorithm.PROVIDER);
			mac.init(indexKey);
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

	/** Any data, sealed like an id number but bound to a context of its own (batch files at rest). */
	byte[] seal(byte[] plain, String context) {
		try {
			return seal.seal(plain, ("data:" + context).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal data", ex);
		}
	}

	byte[] open(byte[] stored, String context) {
		if (!seal.readable(stored)) {
			throw new IllegalStateException("sealed data has an unknown format or algorithm");
		}
		try {
			return seal.open(stored, ("data:" + context).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("sealed data of " + context + " fails authentication");
		}
	}
}
