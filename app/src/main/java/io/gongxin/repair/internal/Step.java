package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.List;

/** One step of a request: done on that day, or to come by that day. */
record Step(String kind, LocalDate on, boolean done) {

	/** A repair application's steps: applied, then decided or to be decided by its deadline. */
	static List<Step> ofRepair(RepairStatus status, LocalDate applied, LocalDate decided, LocalDate decideBy) {
		return status == RepairStatus.PENDING
				? List.of(new Step("REPAIR_APPLIED", applied, true), new Step("REPAIR_DECIDE_BY", decideBy, false))
				: List.of(new Step("REPAIR_APPLIED", applied, true), new Step("REPAIR_" + status, decided, true));
	}

	/**
	 * A deletion request's steps: requested, then withdrawable until and due by, or withdrawn, or done (a request
	 * carried out before issue 14 kept no time: its request day).
	 */
	static List<Step> ofDeletion(DeletionStatus status, LocalDate requested, LocalDate carryOutOn, LocalDate dueBy,
			LocalDate withdrawn, LocalDate done) {
		Step first = new Step("DELETION_REQUESTED", requested, true);
		return switch (status) {
			case PENDING -> List.of(first, new Step("DELETION_WITHDRAWABLE_UNTIL", carryOutOn, false),
					new Step("DELETION_DUE_BY", dueBy, false));
			case WITHDRAWN -> List.of(first, new Step("DELETION_WITHDRAWN", withdrawn, true));
			default -> List.of(first, new Step("DELETION_DONE", done == null ? requested : done, true));
		};
	}
}
