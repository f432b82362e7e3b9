package io.gongxin.query.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.gongxin.subject.SubjectKey;

/**
 * 授权: a subject lets an organisation see its non-public items ({@code items} null: all of them) for a
 * purpose, until a date (R-20a).
 */
record Authorization(long id, @JsonIgnore SubjectKey subject, String grantee, List<String> items, String purpose,
		LocalDate validUntil, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

	boolean validOn(LocalDate day) {
		return revokedAt == null && !validUntil.isBefore(day);
	}

	boolean covers(String item) {
		return items == null || items.contains(item);
	}
}
