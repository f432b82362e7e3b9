package io.gongxin.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a request record against its constraints where Spring MVC does not (a page handler that builds the
 * same record the API receives): the page gets the same {@code INVALID_PARAMETER} the API would.
 */
@Component
public class RequestChecks {

	private final Validator validator;

	RequestChecks(Validator validator) {
		this.validator = validator;
	}

	public <T> T valid(T request) {
		Set<ConstraintViolation<T>> violations = validator.validate(request);
		if (violations.isEmpty()) {
			return request;
		}
		List<String> fields = violations.stream().map(v -> v.getPropertyPath().toString()).distinct()
			.sorted(Comparator.naturalOrder()).toList();
		throw new DomainException(DomainException.Kind.INVALID, "INVALID_PARAMETER",
				Map.of("errors", fields.stream().map(f -> Map.of("field", f, "code", "INVALID_PARAMETER")).toList()),
				String.join(", ", fields));
	}
}
