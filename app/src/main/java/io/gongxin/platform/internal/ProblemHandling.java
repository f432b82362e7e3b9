package io.gongxin.platform.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemResponses;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a client can see is an RFC 9457 problem with a stable {@code code}; none carries a
 * stack trace or an exception message.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	private final ProblemResponses problems;

	private final DatabaseUnavailable databaseUnavailable;

	private final SpringErrorProblems springErrors;

	ProblemHandling(ProblemResponses problems, DatabaseUnavailable databaseUnavailable,
			SpringErrorProblems springErrors) {
		this.problems = problems;
		this.databaseUnavailable = databaseUnavailable;
		this.springErrors = springErrors;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> onProblem(DomainException ex) {
		ProblemDetail problem = problems.problem(ex, locale());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
		// a throttled client is told when to come back (RFC 9110 Retry-After, in seconds)
		if (ex.properties().get(DomainException.RETRY_AFTER) instanceof Number seconds) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", locale(), ex.getName());
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "code", "INVALID_PARAMETER")));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> onConstraintViolation(ConstraintViolationException ex) {
		return validationFailed(ValidationErrors.of(ex));
	}

	/** Security decides who gets 401 and who 403: hand its exceptions back to its filters. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void onSecurity(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> onUnexpected(Exception ex, WebRequest request) {
		if (databaseUnavailable.answers(ex, request.getDescription(false))) {
			// the database is away (restart, failover): come back later, not a fault of this request or of the code
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(databaseUnavailable.retryAfterSeconds()))
				.body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, io.gongxin.platform.DatabaseFaults.CODE, locale()));
		}
		log.error("Unexpected failure answered as 500", ex);
		return ResponseEntity.internalServerError()
			.body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", locale()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validationFailed(ValidationErrors.of(ex.getBindingResult())).getBody());
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validationFailed(ValidationErrors.of(ex)).getBody());
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (toErrorPage(request, HttpStatus.NOT_FOUND)) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND", locale()));
	}

	/** A person's browser asking for a page that does not exist, or with the wrong method: the error page. */
	private static boolean toErrorPage(WebRequest request, HttpStatusCode status) {
		if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
				&& servlet.getResponse() != null && io.gongxin.platform.PageRequests.isPage(servlet.getRequest())) {
			try {
				servlet.getResponse().sendError(status.value());
				return true;
			}
			catch (java.io.IOException ex) {
				return false;
			}
		}
		return false;
	}

	/** Spring's own errors: the error page for a person's browser, else their problem ({@link SpringErrorProblems}). */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (statusCode.is4xxClientError() && toErrorPage(request, statusCode)) {
			return null;
		}
		ProblemDetail problem = springErrors.of(ex, statusCode, locale());
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	private ResponseEntity<ProblemDetail> validationFailed(List<Map<String, String>> errors) {
		ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", locale());
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
