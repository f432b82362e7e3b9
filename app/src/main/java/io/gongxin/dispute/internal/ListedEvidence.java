package io.gongxin.dispute.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One piece of evidence as the API lists it. */
record ListedEvidence(UUID id, String fileName, String contentType, long size, String sha256,
		@JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", timezone = "UTC") OffsetDateTime createdAt) {
}
