package io.gongxin.collection.internal;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The items the centre lets a provider submit. */
record Grant(@NotNull @Size(max = 200) Set<@NotBlank @Size(max = 64) String> items) {
}
