package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a subject grants an organisation (R-20a); {@code items} null: all the subject's non-public items. */
record AuthorizationRequest(@NotBlank @Size(max = 32) String grantee,
		@Size(max = 100) List<@NotBlank @Size(max = 64) String> items, @NotBlank @Size(max = 200) String purpose,
		@NotNull LocalDate validUntil) {
}
