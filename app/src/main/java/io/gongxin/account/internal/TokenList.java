package io.gongxin.account.internal;

import java.util.List;

/** An account's live tokens, oldest first. */
record TokenList(List<TokenEntry> tokens) {
}
