package io.gongxin.query;

import io.gongxin.account.Caller;
import io.gongxin.subject.Subject;

/**
 * A subject's profile as one caller may see it, read through the query log: the entry is
 * written in the reader's transaction before anything is returned.
 */
public interface CreditProfiles {

	/**
	 * The profile: its {@code queryId} (the log entry's), the subject as the caller may name it and the shown
	 * records.
	 * @param channel what the read is for on the log ({@code API}, {@code PAGE}, {@code REPORT})
	 * @throws io.gongxin.platform.DomainException {@code MATTER_REQUIRED} or {@code UNKNOWN_MATTER} for a
	 * government querier without a valid matter and purpose
	 */
	CreditProfile profile(Subject subject, Caller caller, String matter, String purpose, String channel);

	/**
	 * What an anonymous caller gets for a valid resident id number the platform does not know (issue 12): the
	 * same shape as for a known person with no public records (a {@code queryId}, the masked number, the name
	 * hidden, no records), so that a lookup tells nobody whether the platform knows a person. Nothing was read,
	 * so nothing is logged: there is no subject whose who-queried-me it would belong to.
	 */
	CreditProfile unknownPerson(io.gongxin.subject.ResidentIdNumber id, String matter, String purpose);
}
