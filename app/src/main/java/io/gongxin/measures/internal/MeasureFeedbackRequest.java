package io.gongxin.measures.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** R-24c: the measures of a check the body applied, with a note. */
record MeasureFeedbackRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> applied,
		@Size(max = 2000) String note) {
}
