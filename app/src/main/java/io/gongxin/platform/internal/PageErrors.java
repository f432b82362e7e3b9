package io.gongxin.platform.internal;

import java.util.Locale;

import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problems on pages: a failed form goes back to the page it came from with the reason shown there (nothing
 * the reader typed is lost but the file), a failed page shows the error page; never JSON, never a stack trace.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final ProblemResponses problems;

	private final DatabaseUnavailable databaseUnavailable;

	private final ProblemPages pages;

	PageErrors(ProblemResponses problems, DatabaseUnavailable databaseUnavailable, ProblemPages pages) {
		this.problems = problems;
		this.databaseUnavailable = databaseUnavailable;
		this.pages = pages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView problem(DomainException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (ex.properties().get(DomainException.RETRY_AFTER) instanceof Number seconds) {
			response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		// the fields it names, as the API gives them, so the page puts the message next to the field
		return pages.show(problems.problem(ex, locale), request, response);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class,
			MissingServletRequestPartException.class, MultipartException.class, BindException.class })
	ModelAndView badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return pages.show(problems.problem(HttpStatus.BAD_REQUEST, "BAD_REQUEST", locale), request, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken) {
			throw ex; // the security filter sends an anonymous reader to the login page
		}
		return pages.show(problems.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", locale), request, response);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			int status = known.getStatusCode().value();
			return pages.show(problems.problem(known.getStatusCode(), ErrorCodes.forStatus(status), locale), request, response);
		}
		if (databaseUnavailable.answers(ex, "page " + request.getRequestURI())) {
			// the friendly page: the database is away for a moment, try again (never a 500 or a stack trace)
			response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER,
					String.valueOf(databaseUnavailable.retryAfterSeconds()));
			ModelAndView page = new ModelAndView("error/page");
			page.addObject("problem", problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
					io.gongxin.platform.DatabaseFaults.CODE, locale));
			page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
			return page;
		}
		log.error("Unexpected failure on page {} answered as 500", request.getRequestURI(), ex);
		return pages.show(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", locale), request, response);
	}
}
