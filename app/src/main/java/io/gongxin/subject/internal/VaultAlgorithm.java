package io.gongxin.subject.internal;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The cipher and MAC pair of the identifier vault; SM4 and HMAC-SM3 by default (national standards). */
enum VaultAlgorithm {

	SM4("SM4", "SM4/GCM/NoPadding", "HMACSM3", (byte) 1, 16),
	AES("AES", "AES/GCM/NoPadding", "HMACSHA256", (byte) 2, 32);

	/** The provider of both pairs: the JDK has neither SM4 nor HMAC-SM3. */
	static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

	private final String cipher;

	private final String transformation;

	private final String mac;

	private final byte id;

	private final int keyBytes;

	VaultAlgorithm(String cipher, String transformation, String mac, byte id, int keyBytes) {
		this.cipher = cipher;
		this.transformation = transformation;
		this.mac = mac;
		this.id = id;
		this.keyBytes = keyBytes;
	}

	String cipher() {
		return cipher;
	}

	String transformation() {
		return transformation;
	}

	String mac() {
		return mac;
	}

	byte id() {
		return id;
	}

	/** Length of the encryption key; the index key is always 32 bytes. */
	int keyBytes() {
		return keyBytes;
	}
}
