package io.gongxin.platform.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.platform.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Spring's own errors (unreadable body, missing parameter, wrong method or media type) as problems: their status
 * kept (a body past the cap becomes 413), the text replaced with ours and a code derived from the status
 * ({@link ProblemHandling}).
 */
@Component
class SpringErrorProblems {

	private final ProblemResponses problems;

	SpringErrorProblems(ProblemResponses problems) {
		this.problems = problems;
	}

	ProblemDetail of(Exception ex, HttpStatusCode statusCode, Locale locale) {
		if (ex instanceof MissingServletRequestParameterException missing) {
			ProblemDetail problem = problems.problem(statusCode, "INVALID_PARAMETER", locale, missing.getParameterName());
			problem.setProperty("errors", List.of(Map.of("field", missing.getParameterName(), "code", "INVALID_PARAMETER")));
			return problem;
		}
		if (ex instanceof HttpMessageNotReadableException && tooLarge(ex)) {
			return problems.problem(HttpStatus.CONTENT_TOO_LARGE, RequestBodyLimit.CODE, locale);
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			// the global multipart ceiling (an endpoint's own limit is applied earlier, by UploadLimitFilter)
			return problems.problem(statusCode, "FILE_TOO_LARGE", locale, "");
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return problems.problem(statusCode, "MALFORMED_REQUEST", locale);
		}
		return problems.problem(statusCode, ErrorCodes.forStatus(statusCode.value()), locale);
	}

	/** A body cut off at the cap, or a JSON value past the parser's limits (a string of megabytes). */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge || cause instanceof tools.jackson.core.exc.StreamConstraintsException) {
				return true;
			}
		}
		return false;
	}
}
