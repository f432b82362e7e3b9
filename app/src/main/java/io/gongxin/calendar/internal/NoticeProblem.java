package io.gongxin.calendar.internal;

/** One thing wrong in a holiday notice, as a message key and its arguments (row numbers as the page shows them). */
record NoticeProblem(String key, Object... args) {
}
