package io.gongxin.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * A validation failure as the problem's {@code errors}: one {@code {field, code: VALIDATION_FAILED, message}} per
 * broken constraint, so a client (and a page) can show each message next to its field ({@link ProblemHandling}).
 */
final class ValidationErrors {

	private ValidationErrors() {
	}

	static List<Map<String, String>> of(ConstraintViolationException ex) {
		return ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "code", "VALIDATION_FAILED", "message",
					v.getMessage()))
			.toList();
	}

	static List<Map<String, String>> of(BindingResult result) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "code", "VALIDATION_FAILED", "message",
					String.valueOf(error.getDefaultMessage())));
		}
		result.getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", error.getObjectName(), "code", "VALIDATION_FAILED",
					"message", String.valueOf(error.getDefaultMessage()))));
		return errors;
	}

	static List<Map<String, String>> of(HandlerMethodValidationException ex) {
		return ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "code",
						"VALIDATION_FAILED", "message", String.valueOf(error.getDefaultMessage()))))
			.toList();
	}
}
