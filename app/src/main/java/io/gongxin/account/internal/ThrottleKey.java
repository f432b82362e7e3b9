package io.gongxin.account.internal;

import java.util.Locale;

/**
 * The pair a login wait belongs to ({@link LoginThrottle}): the client's address ({@code unknown} when there is
 * none) and the user name trimmed and lower-cased, each cut to the length the {@code login_throttle} table keeps.
 */
record ThrottleKey(String client, String username) {

	private static final int MAX_CLIENT = 100;

	private static final int MAX_USERNAME = 200;

	ThrottleKey {
		client = bounded(client == null || client.isBlank() ? "unknown" : client, MAX_CLIENT);
		username = user(username);
	}

	/** The user name as the table keys it. */
	static String user(String username) {
		return bounded(AccountUsers.normalise(username).toLowerCase(Locale.ROOT), MAX_USERNAME);
	}

	private static String bounded(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}
}
