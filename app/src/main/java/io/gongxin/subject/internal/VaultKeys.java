package io.gongxin.subject.internal;

import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's two keys, checked by {@link VaultConfiguration}: one encrypts ({@link IdentifierVault},
 * {@link VaultDataSealing}), the other keys the blind index ({@link BlindIndex}).
 */
record VaultKeys(VaultAlgorithm algorithm, byte[] encryptionKey, byte[] indexKey) {

	/** A seal under the encryption key. */
	GcmSeal seal() {
		return new GcmSeal(algorithm, new SecretKeySpec(encryptionKey, algorithm.cipher()));
	}

	SecretKeySpec index() {
		return new SecretKeySpec(indexKey, algorithm.mac());
	}
}
