package io.gongxin.query;

import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.subject.Subject;

/**
 * A subject's profile as one caller may see it, read through the query log: the entry is
 * written in the reader's transaction before anything is returned.
 */
public interface CreditProfiles {

	/**
	 * The profile: {@code queryId}, {@code subject} ({@code type}, {@code id}, {@code name}) and the shown
	 * {@code records} (each with {@code id}, {@code item}, {@code itemName}, {@code category},
	 * {@code disclosure}, {@code occurredOn}, {@code endedOn}, {@code provider}, {@code fields},
	 * {@code objection}).
	 * @param channel what the read is for on the log ({@code API}, {@code PAGE}, {@code REPORT})
	 * @throws io.gongxin.platform.ProblemException {@code MATTER_REQUIRED} or {@code UNKNOWN_MATTER} for a
	 * government querier without a valid matter and purpose
	 */
	Map<String, Object> profile(Subject subject, Caller caller, String matter, String purpose, String channel);
}
