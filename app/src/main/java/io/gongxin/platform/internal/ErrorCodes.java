package io.gongxin.platform.internal;

/** The stable code of an error that has nothing but its HTTP status to go by. */
final class ErrorCodes {

	private ErrorCodes() {
	}

	static String forStatus(int status) {
		return switch (status) {
			case 400 -> "BAD_REQUEST";
			case 401 -> "UNAUTHENTICATED";
			case 403 -> "FORBIDDEN";
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 409 -> "CONFLICT";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 429 -> "TOO_MANY_REQUESTS";
			case 503 -> "SERVICE_UNAVAILABLE";
			default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
		};
	}
}
