package io.gongxin.subject.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stored form of whatever the vault encrypts: a format byte, the algorithm's id, a random IV, then the GCM
 * ciphertext with its tag. The associated data binds a sealed value to its place (a subject's row, a file).
 */
final class GcmSeal {

	private static final byte FORMAT = 1;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final VaultAlgorithm algorithm;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	GcmSeal(VaultAlgorithm algorithm, SecretKeySpec key) {
		this.algorithm = algorithm;
		this.key = key;
	}

	byte[] seal(byte[] plain, byte[] associated) throws GeneralSecurityException {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, associated).doFinal(plain);
		return ByteBuffer.allocate(2 + IV_BYTES + sealed.length).put(FORMAT).put(algorithm.id()).put(iv).put(sealed).array();
	}

	/** Whether the stored bytes have this format and were sealed with this algorithm. */
	boolean readable(byte[] stored) {
		return stored.length >= 2 + IV_BYTES && stored[0] == FORMAT && stored[1] == algorithm.id();
	}

	byte[] open(byte[] stored, byte[] associated) throws GeneralSecurityException {
		byte[] iv = Arrays.copyOfRange(stored, 2, 2 + IV_BYTES);
		return cipher(Cipher.DECRYPT_MODE, iv, associated).doFinal(stored, 2 + IV_BYTES, stored.length - 2 - IV_BYTES);
	}

	private Cipher cipher(int mode, byte[] iv, byte[] associated) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance(algorithm.transformation(), VaultAlgorithm.PROVIDER);
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(associated);
		return cipher;
	}
}
