package io.gongxin.platform.internal;

import io.gongxin.platform.PageRequests;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (a filter failed, the container refused the request) end up
 * here: still a problem with a code, never a stack trace or Spring's default error page.
 */
@Controller
class ErrorEndpoint implements ErrorController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorEndpoint.class);

	private final ProblemResponses problems;

	private final org.springframework.beans.factory.ObjectProvider<io.gongxin.platform.ErrorPageHeader> header;

	ErrorEndpoint(ProblemResponses problems,
			org.springframework.beans.factory.ObjectProvider<io.gongxin.platform.ErrorPageHeader> header) {
		this.problems = problems;
		this.header = header;
	}

	@RequestMapping(path = "/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(request, status));
	}

	/** A browser asking for a page gets the error page in its language (Chinese unless it chose English). */
	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView errorPage(HttpServletRequest request) {
		HttpStatus status = status(request);
		ModelAndView page = new ModelAndView("error/page");
		page.addObject("problem", problem(request, status));
		page.setStatus(status);
		if (status != HttpStatus.SERVICE_UNAVAILABLE) {
			describeReader(page);
		}
		return page;
	}

	/** A signed-in reader sees their name and workspaces on the error page too; the page shows even if that fails. */
	private void describeReader(ModelAndView page) {
		try {
			header.ifAvailable(h -> h.describe(page));
		}
		catch (RuntimeException ex) {
			log.debug("Error page shown without its reader's header", ex);
		}
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
		String code = request.getAttribute(PageRequests.PROBLEM_CODE) instanceof String named ? named
				: ErrorCodes.forStatus(status.value());
		return problems.problem(status, code, LocaleContextHolder.getLocale());
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& io.gongxin.platform.DatabaseFaults.unavailable(failure)) {
			request.setAttribute(PageRequests.PROBLEM_CODE, io.gongxin.platform.DatabaseFaults.CODE);
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = attribute instanceof Integer code ? code : 500;
		return HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(status);
	}
}
