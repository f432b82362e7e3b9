package io.gongxin.account.internal;

/** {@code POST /accounts/{username}/unlock}: every client's login wait is lifted. */
record UnlockAnswer(String username, boolean locked) {
}
