package io.gongxin.audit.internal;

import io.gongxin.audit.QueryLogChain;

import org.springframework.stereotype.Component;

/**
 * {@link QueryLogChain}: sealed by the {@link Sealer}, signed by {@link Checkpoints}, walked by
 * {@link ChainVerification}.
 */
@Component
class SealedChain implements QueryLogChain {

	private final Sealer sealer;

	private final Checkpoints checkpoints;

	private final ChainVerification verification;

	SealedChain(Sealer sealer, Checkpoints checkpoints, ChainVerification verification) {
		this.sealer = sealer;
		this.checkpoints = checkpoints;
		this.verification = verification;
	}

	@Override
	public int sealPending() {
		return sealer.sealPending();
	}

	@Override
	public void signFinishedDays() {
		checkpoints.signFinishedDays();
	}

	@Override
	public Verification verify() {
		return verification.verify();
	}
}
