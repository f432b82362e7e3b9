package io.gongxin.subject.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Keeps a natural person's id number only encrypted (SM4-GCM, or AES-GCM, with a random IV and the
 * subject key as associated data, so a ciphertext copied onto another row does not decrypt) and makes
 * it findable by a keyed blind index (HMAC-SM3, or HMAC-SHA-256) under a separate key.
 */
class IdentifierVault {

	private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

	private static final byte FORMAT = 1;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final VaultAlgorithm algorithm;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	IdentifierVault(VaultAlgorithm algorithm, byte[] encryptionKey, byte[] indexKey) {
		this.algorithm = algorithm;
		this.encryptionKey = new SecretKeySpec(encryptionKey, algorithm.cipher());
		this.indexKey = new SecretKeySpec(indexKey, algorithm.mac());
	}

	byte[] encrypt(ResidentIdNumber id, SubjectKey owner) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, owner);
			byte[] sealed = cipher.doFinal(id.value().getBytes(StandardCharsets.US_ASCII));
			return ByteBuffer.allocate(2 + IV_BYTES + sealed.length)
				.put(FORMAT)
				.put(algorithm.id())
				.put(iv)
				.put(sealed)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt an identifier", ex);
		}
	}

	ResidentIdNumber decrypt(byte[] stored, SubjectKey owner) {
		if (stored.length < 2 + IV_BYTES || stored[0] != FORMAT || stored[1] != algorithm.id()) {
			throw new IllegalStateException("stored identifier has an unknown format or algorithm");
		}
		byte[] iv = java.util.Arrays.copyOfRange(stored, 2, 2 + IV_BYTES);
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, owner);
			byte[] plain = cipher.doFinal(stored, 2 + IV_BYTES, stored.length - 2 - IV_BYTES);
			return new ResidentIdNumber(new String(plain, StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			// never include the cause's text: it may hold data; the row is named by its key only
			throw new IllegalStateException("stored identifier of subject " + owner.value() + " fails authentication");
		}
	}

	/** The keyed blind index of an id number: equal numbers give equal indexes, nothing else can be read. */
	byte[] blindIndex(ResidentIdNumber id) {
		try {
			Mac mac = Mac.getInstance(algorithm.mac(), PROVIDER);
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
	String lookup(io.gongxin.subject.SubjectIdentifier identifier) {
		if (identifier instanceof io.gongxin.subject.UnifiedSocialCreditCode code) {
			return "U:" + code.value();
		}
		return "P:" + java.util.HexFormat.of().formatHex(blindIndex((ResidentIdNumber) identifier));
	}

	/** Any data, sealed like an id number but bound to a context of its own (batch files at rest). */
	byte[] seal(byte[] plain, String context) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(algorithm.transformation(), PROVIDER);
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(("data:" + context).getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(2 + IV_BYTES + sealed.length).put(FORMAT).put(algorithm.id()).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal data", ex);
		}
	}

	byte[] open(byte[] stored, String context) {
		if (stored.length < 2 + IV_BYTES || stored[0] != FORMAT || stored[1] != algorithm.id()) {
			throw new IllegalStateException("sealed data has an unknown format or algorithm");
		}
		try {
			Cipher cipher = Cipher.getInstance(algorithm.transformation(), PROVIDER);
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
					new GCMParameterSpec(TAG_BITS, java.util.Arrays.copyOfRange(stored, 2, 2 + IV_BYTES)));
			cipher.updateAAD(("data:" + context).getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(stored, 2 + IV_BYTES, stored.length - 2 - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("sealed data of " + context + " fails authentication");
		}
	}

	private Cipher cipher(int mode, byte[] iv, SubjectKey owner) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(algorithm.transformation(), PROVIDER);
		cipher.init(mode, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(("subject:" + owner.value()).getBytes(StandardCharsets.US_ASCII));
		return cipher;
	}
}
