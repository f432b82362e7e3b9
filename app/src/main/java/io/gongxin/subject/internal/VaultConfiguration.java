package io.gongxin.subject.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;

import io.gongxin.platform.GongxinProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vault's two keys come from configuration ({@code gongxin.vault.encryption-key} and
 * {@code gongxin.vault.index-key}, hex). Only in demo mode are missing keys generated, once, and kept
 * under the data directory; anywhere else a start without keys is refused.
 */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

	static final int INDEX_KEY_BYTES = 32;

	@Bean
	VaultKeys vaultKeys(GongxinProperties properties,
			@Value("${gongxin.vault.algorithm:SM4}") VaultAlgorithm algorithm,
			@Value("${gongxin.vault.encryption-key:}") String encryptionKey,
			@Value("${gongxin.vault.index-key:}") String indexKey) throws IOException {
		if (encryptionKey.isBlank() || indexKey.isBlank()) {
			if (!properties.demo()) {
				throw new IllegalStateException("gongxin.vault.encryption-key and gongxin.vault.index-key must be "
						+ "configured (hex); only demo mode generates keys of its own");
			}
			Properties demoKeys = DemoVaultKeys.in(properties.dataDirectory().resolve("keys/vault.properties"), algorithm);
			encryptionKey = demoKeys.getProperty("encryption-key");
			indexKey = demoKeys.getProperty("index-key");
		}
		byte[] encryption = decode("encryption-key", encryptionKey, algorithm.keyBytes());
		byte[] index = decode("index-key", indexKey, INDEX_KEY_BYTES);
		if (Arrays.equals(Arrays.copyOf(encryption, INDEX_KEY_BYTES), index)) {
			throw new IllegalStateException("the vault's encryption key and index key must differ");
		}
		return new VaultKeys(algorithm, encryption, index);
	}

	private static byte[] decode(String name, String hex, int bytes) {
		try {
			byte[] key = HexFormat.of().parseHex(hex.trim());
			if (key.length != bytes) {
				throw new IllegalStateException(
						"gongxin.vault." + name + " must be " + bytes + " bytes (" + 2 * bytes + " hex digits)");
			}
			return key;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("gongxin.vault." + name + " is not hexadecimal");
		}
	}
}
