package io.gongxin.notice;

/** A way out of the platform for a notice to a person: a text message or an e-mail. */
public enum NoticeChannel {

	SMS, EMAIL;

	/** The address shown in logs: a mobile number as {@code 138****5678}, an e-mail as {@code z***@example.com}. */
	public String mask(String address) {
		if (address == null || address.isEmpty()) {
			return "";
		}
		if (this == SMS) {
			return address.length() < 8 ? "****"
					: address.substring(0, 3) + "****" + address.substring(address.length() - 4);
		}
		int at = address.indexOf('@');
		return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
	}
}
