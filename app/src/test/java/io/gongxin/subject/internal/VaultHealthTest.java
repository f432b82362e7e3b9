package io.gongxin.subject.internal;

import java.util.HexFormat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The vault health indicator on real vaults: one whose keys work, one whose cipher cannot take its key. */
class VaultHealthTest {

	private static final byte[] INDEX_KEY = HexFormat.of()
		.parseHex("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");

	@Test
	@DisplayName("the vault is UP when a probe value seals and opens under its keys, DOWN (with the error's kind only) when it cannot seal")
	void upWhenTheProbeSealsAndOpensDownOtherwise() {
		VaultDataSealing working = new VaultDataSealing(new VaultKeys(VaultAlgorithm.SM4,
				HexFormat.of().parseHex("00112233445566778899aabbccddeeff"), INDEX_KEY));
		Health up = new VaultHealth(working, VaultAlgorithm.SM4).health();
		assertThat(up.getStatus()).isEqualTo(Status.UP);
		assertThat(up.getDetails()).containsEntry("algorithm", "SM4").doesNotContainKey("error");

		// a 5-byte key: SM4 refuses it when sealing (the configuration would refuse it at start; a broken provider
		// or key store fails the same way at run time)
		VaultDataSealing broken = new VaultDataSealing(new VaultKeys(VaultAlgorithm.SM4, new byte[5], INDEX_KEY));
		Health down = new VaultHealth(broken, VaultAlgorithm.SM4).health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("error", "IllegalStateException");
		assertThat(down.getDetails().toString()).doesNotContain("0011223344");
	}
}
