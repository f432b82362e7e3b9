package io.gongxin.account.internal;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A token as listed: never its secret; {@code lastUsedAt} left out while it was never used. */
record TokenEntry(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime lastUsedAt) {
}
