package io.gongxin.query.internal;

/** The answer to a grant: the new authorization's id. */
record AuthorizationGranted(long id) {
}
