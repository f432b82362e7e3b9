package io.gongxin.measures.internal;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.measures.internal.ListViews.ListedSubject;

/**
 * One entry's story. The dates and instants keep the form this answer has always had (an instant in UTC; a
 * day as its midnight in UTC). {@code removedOn} is the day it left, as the centre reads dates; {@code endedOn}
 * and {@code endReason} say when and why the red list's exit rule ended it.
 */
record ListHistoryEntry(long id, ListEntry.Status status, String reason, String basis, @JsonFormat(pattern = DAY) LocalDate decidedOn,
		@JsonFormat(pattern = DAY) LocalDate validUntil, String proposedBy,
		@JsonFormat(pattern = INSTANT, timezone = "UTC") Instant createdAt, String createdBy,
		@JsonFormat(pattern = INSTANT, timezone = "UTC") Instant removedAt, String removedBy, String removalReason,
		ListedSubject subject, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate removedOn,
		@JsonInclude(JsonInclude.Include.NON_NULL) ListPersons persons,
		@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate endedOn,
		@JsonInclude(JsonInclude.Include.NON_NULL) String endReason) {

	static final String DAY = "yyyy-MM-dd'T00:00:00.000Z'";

	static final String INSTANT = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
}
