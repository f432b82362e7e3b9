package io.gongxin.measures;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.subject.SubjectKey;

/** The published lists a subject is on, as anyone may read them. */
public interface ListMemberships {

	/** The entries of the subject in force on the day. */
	List<Membership> inForce(SubjectKey subject, LocalDate day);

	/** One entry: which list, why, on what basis and for how long. */
	record Membership(ListType type, String reason, String basis, LocalDate decidedOn, LocalDate validUntil) {
	}
}
