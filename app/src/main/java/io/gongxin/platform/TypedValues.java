package io.gongxin.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The values of a failed form that may go back to it ({@link FormEcho}): never a password, never the CSRF token,
 * never a value holding a resident id number (typed again instead); each value bounded.
 */
final class TypedValues {

	/** No value longer than this comes back (the longest form field takes 2,000 characters). */
	static final int MAX_VALUE = 10_000;

	private static final int MAX_FIELDS = 100;

	private TypedValues() {
	}

	/** By parameter name the first value, and each value of a repeated parameter as {@code name#value}. */
	static Map<String, String> kept(Map<String, String[]> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (values.size() >= MAX_FIELDS || secret(name) || parameter.getValue().length == 0
					|| carriesResidentId(parameter.getValue())) {
				continue;
			}
			values.put(name, bounded(parameter.getValue()[0]));
			for (String each : parameter.getValue()) {
				if (values.size() < MAX_FIELDS && each != null && each.length() <= 200) {
					values.put(name + "#" + each, each);
				}
			}
		}
		return values;
	}

	/** A person's id number is never kept in the session nor shown again: it is typed again (DESIGN.md). */
	private static boolean carriesResidentId(String[] values) {
		for (String value : values) {
			// no province code starts with 9 (GB/T 2260): an all-digit 91… is an enterprise's public code
			if (ResidentIdMask.candidates(value).stream().anyMatch(token -> token.charAt(0) != '9')) {
				return true;
			}
		}
		return false;
	}

	private static boolean secret(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.contains("password") || lower.startsWith("_csrf") || lower.contains("token");
	}

	private static String bounded(String value) {
		return value == null ? "" : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
	}
}
