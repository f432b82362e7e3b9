package io.gongxin.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.gongxin.subject.SubjectKey;

/**
 * One look at one subject's data: who (user, organisation, role), when, which items, for which matter
 * and purpose, under which authorization, through which channel. Never an id number. {@code subject} is
 * {@code null} only for a decision about an account ({@link #accountDecision}).
 */
public record QueryLogEntry(UUID queryId, OffsetDateTime at, String username, String organisation, String role,
		SubjectKey subject, List<String> items, String matter, String purpose, Long authorizationId, String channel) {

	public QueryLogEntry {
		items = List.copyOf(items);
	}

	/**
	 * A decision on a subject's record (objection, suspension, deletion, repair) on the same tamper-evident
	 * log: channel {@code DECISION}, the decision's code as the matter, why as the purpose.
	 */
	public static QueryLogEntry decision(OffsetDateTime at, String username, String organisation, String role,
			SubjectKey subject, String item, String decision, String why) {
		return new QueryLogEntry(UUID.randomUUID(), at, username, organisation, role, subject, List.of(item), decision,
				why, null, "DECISION");
	}

	/**
	 * A decision about an account's access (a token issued or revoked, the account disabled or enabled, its password
	 * changed): channel {@code DECISION}, no subject, the account as the item ({@code ACCOUNT:name}), the decision's
	 * code as the matter, why as the purpose.
	 */
	public static QueryLogEntry accountDecision(OffsetDateTime at, String username, String organisation, String role,
			String account, String decision, String why) {
		return new QueryLogEntry(UUID.randomUUID(), at, username, organisation, role, null,
				List.of("ACCOUNT:" + account), decision, why, null, "DECISION");
	}
}
