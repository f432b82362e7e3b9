package io.gongxin.query.internal;

import java.util.List;

/** A page of organisations whose name matches (public information). */
record SubjectsPage(List<FoundSubject> items, int page, int size) {
}
