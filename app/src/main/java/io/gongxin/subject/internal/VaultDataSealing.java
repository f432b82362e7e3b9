package io.gongxin.subject.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import io.gongxin.subject.DataSealing;

import org.springframework.stereotype.Component;

/**
 * {@link DataSealing} by the identifier vault's cipher and key: any data, sealed like an id number but bound to a
 * context of its own (batch files at rest).
 */
@Component
class VaultDataSealing implements DataSealing {

	private final GcmSeal seal;

	VaultDataSealing(VaultKeys keys) {
		this.seal = keys.seal();
	}

	@Override
	public byte[] seal(byte[] plain, String context) {
		try {
			return seal.seal(plain, ("data:" + context).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal data", ex);
		}
	}

	@Override
	public byte[] open(byte[] sealed, String context) {
		if (!seal.readable(sealed)) {
			throw new IllegalStateException("sealed data has an unknown format or algorithm");
		}
		try {
			return seal.open(sealed, ("data:" + context).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("sealed data of " + context + " fails authentication");
		}
	}
}
