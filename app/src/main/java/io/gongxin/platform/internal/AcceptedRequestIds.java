package io.gongxin.platform.internal;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A caller's {@code X-Request-Id} is kept when it is 1 to 64 characters of letters, digits, {@code -}, {@code _},
 * {@code .} and {@code :}; anything else (longer, control characters, a forged log line) is replaced by a new UUID,
 * so the header can neither flood nor forge a log.
 */
final class AcceptedRequestIds {

	static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private AcceptedRequestIds() {
	}

	static String accept(String given) {
		return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
	}
}
