package io.gongxin.notice;

/**
 * Sends a notice out of the platform (SMS gateway, e-mail server). The platform's own sender sends nothing and logs a
 * masked line; a deployment declares a bean of this type to replace it, and turns the channels on with
 * {@code gongxin.notices.sms-enabled} / {@code gongxin.notices.email-enabled}.
 *
 * <p>Called from the background delivery (never in the person's request), at least once per notice and channel:
 * a sender that throws is tried again later, with a pause that grows, up to {@code gongxin.notices.max-attempts}.
 * Implementations must not log the address or the text in clear.
 */
public interface NoticeSender {

	/** One notice on its way out: which channel, to what address, and what it says. */
	record Outgoing(long noticeId, NoticeChannel channel, String address, String kind, String message) {

		@Override
		public String toString() {
			return "Outgoing[" + noticeId + ", " + channel + ", " + channel.mask(address) + ", " + kind + "]";
		}
	}

	/** Sends it, or throws when the gateway refused or failed (the delivery then tries again later). */
	void send(Outgoing notice);
}
