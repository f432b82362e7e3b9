package io.gongxin.dispute.internal;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The provider's answer (R-29b): upheld or not, a correction field by field if upheld, and why. */
record Verification(@NotNull Boolean upheld, Map<String, Object> correction,
		@NotBlank @Size(max = 2000) String explanation) {
}
