package io.gongxin.platform.internal;

import io.gongxin.platform.ErrorPageHeader;
import io.gongxin.platform.FormEcho;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A problem shown to a person ({@link PageErrors}): a failed form goes back to the page it came from with the reason
 * and what was typed (nothing is lost but the file and secrets), anything else is the error page.
 */
@Component
class ProblemPages {

	private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

	private final ObjectProvider<ErrorPageHeader> header;

	ProblemPages(ObjectProvider<ErrorPageHeader> header) {
		this.header = header;
	}

	ModelAndView show(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		String back = FormReturn.of(request);
		if ("POST".equals(request.getMethod()) && back != null) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("problem", problem);
			// what was typed goes back with the reason (never a password), so the form is not emptied
			flash.put("typed", FormEcho.of(request.getRequestURI(), request.getParameterMap(), problem));
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			return new ModelAndView("redirect:" + back);
		}
		ModelAndView page = new ModelAndView("error/page");
		page.addObject("problem", problem);
		page.setStatus(HttpStatus.valueOf(problem.getStatus()));
		withReader(page);
		return page;
	}

	/** A signed-in reader sees their name and workspaces on the error page too; the page shows even if that fails. */
	void withReader(ModelAndView page) {
		try {
			header.ifAvailable(h -> h.describe(page));
		}
		catch (RuntimeException ex) {
			log.debug("Error page shown without its reader's header", ex);
		}
	}
}
