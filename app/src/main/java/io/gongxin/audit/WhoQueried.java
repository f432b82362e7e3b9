package io.gongxin.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * "谁查询了我" as a person reads it (R-19, R-20a, R-34), for the page {@code /me/queries} and the person's own
 * report alike: reads by others (government bodies, agencies, the public with an authorization) first and apart
 * from the platform's own processing (a provider checking what it submitted, the centre handling an objection or a
 * request, the person themself). Repeats (same organisation, role, matter and purpose, channel) are one group with
 * a count and the first and latest time; organisations and matters are named in words.
 */
public interface WhoQueried {

	/**
	 * Groups the entries (newest first) for the subject whose account is {@code username}.
	 * @param sameDay {@code true}: repeats merge only within one day (the page); {@code false}: over the whole
	 * period (the report, which gives the first and latest date)
	 */
	Overview of(List<QueryLogEntry> newestFirst, String username, boolean sameDay);

	/** Reads by others, then the platform's own processing, each newest first; {@code ownReads} counts the latter. */
	record Overview(List<Group> others, List<Group> own, int ownReads) {

		public Overview {
			others = List.copyOf(others);
			own = List.copyOf(own);
		}
	}

	/**
	 * One merged line. {@code organisation} is the organisation's name ({@code null}: name the role);
	 * {@code decisionKey} is the message key of a decision, else {@code matter} is the matter's name (or null).
	 */
	record Group(String organisation, String role, String decisionKey, String matter, String purpose, String channel,
			int count, OffsetDateTime first, OffsetDateTime latest) {
	}
}
