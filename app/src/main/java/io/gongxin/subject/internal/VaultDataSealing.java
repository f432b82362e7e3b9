package io.gongxin.subject.internal;

import io.gongxin.subject.DataSealing;

import org.springframework.stereotype.Component;

/** {@link DataSealing} by the identifier vault's cipher and key. */
@Component
class VaultDataSealing implements DataSealing {

	private final IdentifierVault vault;

	VaultDataSealing(IdentifierVault vault) {
		this.vault = vault;
	}

	@Override
	public byte[] seal(byte[] plain, String context) {
		return vault.seal(plain, context);
	}

	@Override
	public byte[] open(byte[] sealed, String context) {
		return vault.open(sealed, context);
	}
}
