package io.gongxin.measures.internal;

import java.util.List;

/** Every entry of a list with its changes, for the centre and auditors. */
record ListHistory(List<ListHistoryEntry> entries) {
}
