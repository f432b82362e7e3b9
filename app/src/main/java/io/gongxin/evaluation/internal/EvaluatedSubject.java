package io.gongxin.evaluation.internal;

import io.gongxin.subject.SubjectType;

/** Whose grade: the subject's type and code (a person's id number masked). */
record EvaluatedSubject(SubjectType type, String id) {
}
