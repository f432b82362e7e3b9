package io.gongxin.measures.internal;

import java.time.LocalDate;

import io.gongxin.measures.ListType;
import io.gongxin.subject.SubjectKey;

/**
 * One subject on one list, with why, on what basis, from when and until when, and for an organisation the
 * persons the entry names (R-24d; {@code null} when none were given).
 */
record ListEntry(long id, SubjectKey subject, ListType type, String reason, String basis, LocalDate decidedOn,
		LocalDate validUntil, String status, ListPersons persons) {

	boolean inForceOn(LocalDate day) {
		return status.equals("ACTIVE") && !decidedOn.isAfter(day) && !validUntil.isBefore(day);
	}
}
