package io.gongxin.repair;

import java.time.LocalDate;
import java.util.Set;

import io.gongxin.subject.SubjectKey;

/**
 * The subject's requests still waiting: the pages hide what cannot be asked twice (no second deletion request on a
 * record whose deletion is pending, no second repair application while one is pending).
 */
public interface PendingRights {

	/** The records of one subject with a pending deletion request or a pending repair application. */
	record Pending(Set<Long> deletions, Set<Long> repairs) {

		public Pending {
			deletions = Set.copyOf(deletions);
			repairs = Set.copyOf(repairs);
		}
	}

	Pending of(SubjectKey subject);

	/**
	 * Enters a pending deletion request made on an earlier day (the demo city), counted like one made then (R-27b).
	 * @return the request's id
	 */
	long enterDeletionRequest(SubjectKey subject, long recordId, LocalDate requestedOn, String by);
}
