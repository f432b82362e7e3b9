package io.gongxin.account.internal;

import io.gongxin.subject.SubjectType;

/** The subject a SUBJECT account acts as, shown as anyone may see it: a person's number masked. */
record BoundSubject(SubjectType type, String id) {
}
