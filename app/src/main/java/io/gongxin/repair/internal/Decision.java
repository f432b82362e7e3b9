package io.gongxin.repair.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** API.md {@code {"approved":bool,"reason"}}. */
record Decision(@NotNull Boolean approved, @NotBlank @Size(max = 2000) String reason) {
}
