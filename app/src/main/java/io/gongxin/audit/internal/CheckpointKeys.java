package io.gongxin.audit.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;

import io.gongxin.platform.GongxinProperties;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The SM2 pair that signs checkpoints, from {@code gongxin.audit.signing-key} / {@code gongxin.audit.verify-key}
 * (base64 PKCS#8 / X.509). Only in demo mode is a missing pair generated ({@link DemoCheckpointKeys}); anywhere else
 * a start without configured keys is refused, as the vault refuses one without its keys (a key generated beside the
 * data it vouches for proves little).
 */
@Component
class CheckpointKeys {

	static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

	final PrivateKey privateKey;

	final PublicKey publicKey;

	CheckpointKeys(GongxinProperties properties, @Value("${gongxin.audit.signing-key:}") String signingKey,
			@Value("${gongxin.audit.verify-key:}") String verifyKey) throws IOException, GeneralSecurityException {
		KeyFactory factory = KeyFactory.getInstance("EC", PROVIDER);
		if (signingKey.isBlank() || verifyKey.isBlank()) {
			if (!properties.demo()) {
				throw new IllegalStateException("gongxin.audit.signing-key and gongxin.audit.verify-key must be "
						+ "configured (base64 PKCS#8 / X.509 SM2 pair); only demo mode generates a key pair of its own");
			}
			Properties keys = DemoCheckpointKeys.in(properties.dataDirectory().resolve("keys/audit-sm2.properties"), PROVIDER);
			signingKey = keys.getProperty("signing-key");
			verifyKey = keys.getProperty("verify-key");
		}
		this.privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signingKey.strip())));
		this.publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(verifyKey.strip())));
	}
}
