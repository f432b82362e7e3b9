package io.gongxin.platform.internal;

import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (a filter failed, the container refused the request) end up
 * here: still a problem with a code, never a stack trace or Spring's default error page.
 */
@Controller
class ErrorEndpoint implements ErrorController {

	private final ProblemResponses problems;

	private final ProblemPages pages;

	ErrorEndpoint(ProblemResponses problems, ProblemPages pages) {
		this.problems = problems;
		this.pages = pages;
	}

	@RequestMapping(path = "/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = FailedDispatch.status(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(request, status));
	}

	/** A browser asking for a page gets the error page in its language (Chinese unless it chose English). */
	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView errorPage(HttpServletRequest request) {
		HttpStatus status = FailedDispatch.status(request);
		ModelAndView page = new ModelAndView("error/page");
		page.addObject("problem", problem(request, status));
		page.setStatus(status);
		if (status != HttpStatus.SERVICE_UNAVAILABLE) {
			pages.withReader(page);
		}
		return page;
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
		return problems.problem(status, FailedDispatch.code(request, status), LocaleContextHolder.getLocale());
	}
}
