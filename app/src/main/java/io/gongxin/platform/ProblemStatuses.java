package io.gongxin.platform;

import org.springframework.http.HttpStatus;

/** The one place a domain refusal's {@link DomainException.Kind} becomes an HTTP status ({@link ProblemResponses}). */
final class ProblemStatuses {

	private ProblemStatuses() {
	}

	static HttpStatus of(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case NOT_ACCEPTABLE -> HttpStatus.NOT_ACCEPTABLE;
			case LENGTH_REQUIRED -> HttpStatus.LENGTH_REQUIRED;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
	}
}
