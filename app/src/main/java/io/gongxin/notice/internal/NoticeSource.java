package io.gongxin.notice.internal;

/**
 * Where a notice comes from: one step of an objection, a repair application or a deletion request. A step's notice
 * is written once per recipient, however often its listener runs (the table's unique {@code notices_once}).
 *
 * @param source {@code objection}, {@code repair} or {@code deletion}
 * @param id that objection's, application's or request's id
 * @param step the step, e.g. {@code FORWARDED}, {@code APPLIED}
 */
record NoticeSource(String source, long id, String step) {

	static NoticeSource objection(long id, String step) {
		return new NoticeSource("objection", id, step);
	}

	static NoticeSource repair(long id, String step) {
		return new NoticeSource("repair", id, step);
	}

	static NoticeSource deletion(long id, String step) {
		return new NoticeSource("deletion", id, step);
	}
}
