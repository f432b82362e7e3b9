package io.gongxin.query.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An agency's batch query: the subjects' codes (at most {@link BatchQueryIntake#MAX_SUBJECTS}) and why. */
record BatchQueryRequest(@NotNull @Size(min = 1) List<@NotNull @Size(max = 32) String> subjects,
		@NotBlank @Size(max = 200) String purpose) {
}
