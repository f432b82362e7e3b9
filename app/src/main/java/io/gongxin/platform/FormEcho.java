package io.gongxin.platform;

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

	/** The form's values as posted, leaving out secrets ({@link TypedValues}). */
	public static FormEcho of(String action, Map<String, String[]> parameters, ProblemDetail problem) {
		return new FormEcho(action, TypedValues.kept(parameters), ProblemFields.of(problem));
	}
}
