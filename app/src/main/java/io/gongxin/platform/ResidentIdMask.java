package io.gongxin.platform;

import java.util.regex.Pattern;

/**
 * Hides anything shaped like a resident id number (17 digits and a digit or {@code X}, standing alone) in a
 * text bound for a log: request URIs carry subject ids ({@code /subjects/{id}/profile}), and exception
 * messages may quote a parameter. Applied to every log line by the logging configuration
 * ({@code logback-spring.xml}), so no single {@code log} call has to remember it.
 */
public final class ResidentIdMask {

	private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	/** What stands in a log for a resident id number: its length, nothing of its digits. */
	public static final String MASK = "[id-masked]";

	private ResidentIdMask() {
	}

	/** Every token of the text shaped like a resident id number (whether its check character holds or not). */
	public static java.util.List<String> candidates(String text) {
		if (text == null || text.length() < 18) {
			return java.util.List.of();
		}
		return RESIDENT_ID.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
	}

	public static String mask(String text) {
		if (text == null || text.length() < 18) {
			return text;
		}
		return RESIDENT_ID.matcher(text).replaceAll(MASK);
	}
}
