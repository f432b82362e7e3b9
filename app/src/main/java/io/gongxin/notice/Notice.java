package io.gongxin.notice;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One notice in an inbox, as it was written.
 *
 * @param createdAt when it was written; {@code created_at} in the answer, as it has always been
 */
public record Notice(long id, String kind, String message,
		@JsonProperty("created_at") @JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", timezone = "UTC") OffsetDateTime createdAt) {
}
