package io.gongxin.repair.internal;

import jakarta.validation.constraints.NotNull;

/** API.md {@code {"recordId"}}. */
record NewDeletionRequest(@NotNull Long recordId) {
}
