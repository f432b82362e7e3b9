package io.gongxin.notice.internal;

import io.gongxin.notice.NoticeChannel;

/** A notice waiting in the outbox for one channel, with the person's address for it if known. */
record DueNotice(long id, long noticeId, NoticeChannel channel, int attempts, String kind, String message, String mobile,
		String email) {

	String address() {
		return channel == NoticeChannel.SMS ? mobile : email;
	}
}
