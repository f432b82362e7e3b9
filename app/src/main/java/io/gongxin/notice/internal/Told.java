package io.gongxin.notice.internal;

/** One notice of an objection's step ({@link ObjectionNoticeTexts}): to the subject, or to the objection's provider. */
record Told(boolean toSubject, String kind, String message) {

	static Told subject(String kind, String message) {
		return new Told(true, kind, message);
	}

	static Told provider(String kind, String message) {
		return new Told(false, kind, message);
	}
}
