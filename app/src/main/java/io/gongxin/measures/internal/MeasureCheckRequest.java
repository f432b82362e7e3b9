package io.gongxin.measures.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A government querier's check: which subject, for which granted matter, and why. */
record MeasureCheckRequest(@NotBlank @Size(max = 32) String subjectId, @NotBlank @Size(max = 64) String matter,
		@Size(max = 200) String purpose) {
}
