package io.gongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.audit.QueryLogEntry;

/** One look at the subject: who, when, for which matter and purpose, which items, through which channel. */
record QueryAnswer(OffsetDateTime at, String organisation, String user, String role, String matter,
		String purpose, List<String> items, String channel) {

	static QueryAnswer of(QueryLogEntry e) {
		return new QueryAnswer(e.at(), e.organisation(), e.username(), e.role(), e.matter(), e.purpose(), e.items(),
				e.channel());
	}
}
