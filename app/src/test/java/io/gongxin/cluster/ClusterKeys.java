package io.gongxin.cluster;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The secrets every node of one platform shares, made afresh for a test run as an operator makes them once
 * (README): the vault's SM4 and HMAC-SM3 keys and the SM2 pair that signs the query log's checkpoints.
 */
final class ClusterKeys {

	private ClusterKeys() {
	}

	static List<String> generate() throws Exception {
		SecureRandom random = new SecureRandom();
		byte[] encryption = new byte[16];
		byte[] index = new byte[32];
		random.nextBytes(encryption);
		random.nextBytes(index);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
		generator.initialize(new ECGenParameterSpec("sm2p256v1"));
		KeyPair pair = generator.generateKeyPair();
		return List.of("--gongxin.vault.encryption-key=" + HexFormat.of().formatHex(encryption),
				"--gongxin.vault.index-key=" + HexFormat.of().formatHex(index),
				"--gongxin.audit.signing-key=" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
				"--gongxin.audit.verify-key=" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
	}
}
