package io.gongxin.subject.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code vault} health indicator: the keys are loaded and a probe value seals and opens again under them
 * (SM4-GCM or AES-GCM; both keys were checked when the vault was built). A node whose keys or crypto provider broke
 * is DOWN. The probe holds no id number; details (the algorithm) are shown to centre administrators only.
 */
@Component("vaultHealthIndicator")
class VaultHealth implements HealthIndicator {

	private static final byte[] PROBE = "gongxin-vault-probe".getBytes(StandardCharsets.US_ASCII);

	private final VaultDataSealing sealing;

	private final VaultAlgorithm algorithm;

	VaultHealth(VaultDataSealing sealing,
			@org.springframework.beans.factory.annotation.Value("${gongxin.vault.algorithm:SM4}") VaultAlgorithm algorithm) {
		this.sealing = sealing;
		this.algorithm = algorithm;
	}

	@Override
	public Health health() {
		try {
			byte[] sealed = sealing.seal(PROBE, "health-probe");
			boolean opens = Arrays.equals(sealing.open(sealed, "health-probe"), PROBE);
			return (opens ? Health.up() : Health.down()).withDetail("algorithm", algorithm.name()).build();
		}
		catch (RuntimeException ex) {
			// never the exception's text: only its kind
			return Health.down().withDetail("algorithm", algorithm.name()).withDetail("error", ex.getClass().getSimpleName())
				.build();
		}
	}
}
