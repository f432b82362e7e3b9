package io.gongxin.repair.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** API.md {@code {"recordId","statement"}}. */
record RepairRequest(@NotNull Long recordId, @NotBlank @Size(max = 2000) String statement) {
}
