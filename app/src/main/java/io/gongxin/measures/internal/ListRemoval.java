package io.gongxin.measures.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the centre removes an entry from its list. */
record ListRemoval(@NotBlank @Size(max = 2000) String reason) {
}
