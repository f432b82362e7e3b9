package io.gongxin.repair.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-27b: the pending deletion requests whose day has come, carried out by the centre ({@link DeletionCarryOut}).
 * Safe on several nodes: each request is locked while it is carried out ({@code skip locked}), and a withdrawal
 * holding the lock wins.
 */
@Component
class DueDeletions {

	private static final int BATCH = 100;

	private final DeletionRequests requests;

	private final DeletionCarryOut carryOut;

	private final Clock clock;

	DueDeletions(DeletionRequests requests, DeletionCarryOut carryOut, Clock clock) {
		this.requests = requests;
		this.carryOut = carryOut;
		this.clock = clock;
	}

	/** Carries out the due requests (up to a batch); returns how many. Idempotent. */
	@Transactional
	int carryOutDue() {
		List<DeletionRequest> due = requests.lockDue(LocalDate.now(clock), BATCH);
		due.forEach(carryOut::carryOut);
		return due.size();
	}
}
