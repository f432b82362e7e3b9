package io.gongxin.dispute;

import io.gongxin.repair.Expiry;

import org.springframework.boot.test.context.TestComponent;

/** Runs the scheduled sweeps now, as the scheduler would, for tests on an injected clock. */
@TestComponent
public class ObjectionSweep {

	private final ObjectionDeadlines deadlines;

	private final Expiry expiry;

	ObjectionSweep(ObjectionDeadlines deadlines, Expiry expiry) {
		this.deadlines = deadlines;
		this.expiry = expiry;
	}

	public void run() {
		deadlines.suspendOverdue();
	}

	public void expire() {
		expiry.sweep();
	}
}
