package io.gongxin.account.internal;

/** An account's access as the centre sees it, after it disabled or enabled it. */
record AccountState(String username, boolean enabled, String reason) {
}
