package io.gongxin.repair.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;

/**
 * A credit repair application (R-RP) of one subject for one record. Only the record's provider decides it, once:
 * {@link #grant} or {@link #refuse}; a second decision is refused ({@code REPAIR_DECIDED}).
 */
record Repair(long id, SubjectKey subject, long recordId, String provider, RepairStatus status) {

	/** R-RP: the provider approves; the record stops being shown publicly. */
	Repair grant(String organisation) {
		return decide(organisation, RepairStatus.APPROVED);
	}

	/** R-RP: the provider refuses, with its reason; the record stays as it is. */
	Repair refuse(String organisation) {
		return decide(organisation, RepairStatus.REJECTED);
	}

	boolean granted() {
		return status == RepairStatus.APPROVED;
	}

	private Repair decide(String organisation, RepairStatus decision) {
		if (!provider.equals(organisation)) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD", Map.of("recordId", recordId),
					String.valueOf(recordId));
		}
		if (status != RepairStatus.PENDING) {
			throw new DomainException(DomainException.Kind.CONFLICT, "REPAIR_DECIDED", Map.of("id", id, "status",
					status.name()));
		}
		return new Repair(id, subject, recordId, provider, decision);
	}
}
