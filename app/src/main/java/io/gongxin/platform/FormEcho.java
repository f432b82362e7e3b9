package io.gongxin.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ProblemDetail;

/**
 * What a person typed into a form that failed, handed back to the page the form came from (flash attribute
 * {@code typed}) so the form shows it again, and which of its fields the problem names, so the message stands
 * next to the field. Never a password, never the CSRF token, never a value holding a resident id number (typed
 * again instead); each value bounded.
 *
 * @param action the path the form was posted to: a page with several forms refills only that one
 * @param values the typed values by parameter name (the first value of a repeated parameter)
 * @param failed the fields the problem names
 */
public record FormEcho(String action, Map<String, String> values, Set<String> failed) implements java.io.Serializable {

	/** No value longer than this comes back (the longest form field takes 2,000 characters). */
	static final int MAX_VALUE = 10_000;

	private static final int MAX_FIELDS = 100;

	public FormEcho {
		values = Map.copyOf(values);
		failed = Set.copyOf(failed);
	}

	/** The typed value of the field, or null. */
	public String value(String name) {
		return values.get(name);
	}

	/** The typed value of the field of the form posted to {@code formAction}, or null for any other form. */
	public String valueFor(String formAction, String name) {
		return action.equals(formAction) ? values.get(name) : null;
	}

	/** Whether the typed values include this one (a checkbox or a repeated select that was ticked). */
	public boolean chose(String name, String value) {
		return value != null && value.equals(values.get(name + "#" + value));
	}

	/** Whether the problem names the field. */
	public boolean failed(String name) {
		return failed.contains(name);
	}

	/** The form's values as posted, leaving out secrets. */
	public static FormEcho of(String action, Map<String, String[]> parameters, ProblemDetail problem) {
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
		return new FormEcho(action, values, fieldsOf(problem));
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
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return lower.contains("password") || lower.startsWith("_csrf") || lower.contains("token");
	}

	private static String bounded(String value) {
		return value == null ? "" : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
	}

	private static Set<String> fieldsOf(ProblemDetail problem) {
		Set<String> fields = new LinkedHashSet<>();
		Map<String, Object> properties = problem.getProperties();
		if (properties == null) {
			return fields;
		}
		if (properties.get("field") instanceof String field) {
			fields.add(field);
		}
		if (properties.get("errors") instanceof Collection<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> map && map.get("field") instanceof String field) {
					fields.add(field);
					// a nested record field (legalRepresentative.name) is the form's field too
					fields.add(List.of(field.split("\\.")).get(0));
				}
			}
		}
		return fields;
	}
}
