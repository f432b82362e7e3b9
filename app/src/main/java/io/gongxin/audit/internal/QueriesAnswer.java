package io.gongxin.audit.internal;

import java.util.List;

/** API.md: {@code {"entries":[...]}}, newest first. */
record QueriesAnswer(List<QueryAnswer> entries) {
}
