package io.gongxin.query.internal;

import io.gongxin.subject.SubjectType;

/** An organisation a search found: its code and name, public information. */
record FoundSubject(SubjectType type, String id, String name) {
}
