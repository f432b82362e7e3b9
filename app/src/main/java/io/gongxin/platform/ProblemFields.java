package io.gongxin.platform;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ProblemDetail;

/** The form fields a problem names ({@code field}, and each of its {@code errors}), so the message stands next to them. */
final class ProblemFields {

	private ProblemFields() {
	}

	static Set<String> of(ProblemDetail problem) {
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
