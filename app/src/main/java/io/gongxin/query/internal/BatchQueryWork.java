package io.gongxin.query.internal;

import java.util.List;

/** What a worker answers: the query's lines, from the first not yet committed. */
record BatchQueryWork(String username, String purpose, List<BatchQueryLine> lines, int done) {
}
