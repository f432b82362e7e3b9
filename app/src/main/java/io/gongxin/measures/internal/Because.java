package io.gongxin.measures.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Why a measure applies: a record or a list entry, and a sentence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Because(Long recordId, Long listEntryId, String reason) {

	static Because record(long id, String reason) {
		return new Because(id, null, reason);
	}

	static Because listEntry(long id, String reason) {
		return new Because(null, id, reason);
	}
}
