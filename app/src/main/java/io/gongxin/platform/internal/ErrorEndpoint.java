package io.gongxin.platform.internal;

import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reached a controller (a filter failed, the container refused the request) end up
 * here: still a problem with a code, never a stack trace or Spring's default error page.
 */
@RestController
class ErrorEndpoint implements ErrorController {

	private final ProblemResponses problems;

	ErrorEndpoint(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = attribute instanceof Integer code ? code : 500;
		HttpStatus httpStatus = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR
				: HttpStatus.valueOf(status);
		ProblemDetail problem = problems.problem(httpStatus, ErrorCodes.forStatus(status),
				LocaleContextHolder.getLocale());
		return ResponseEntity.status(httpStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
