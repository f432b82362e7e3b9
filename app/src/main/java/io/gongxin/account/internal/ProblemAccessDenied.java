package io.gongxin.account.internal;

import java.io.IOException;

import io.gongxin.platform.PageRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 as a problem with a stable code: what the caller may not do ({@code SESSION_EXPIRED} for a stale form). */
class ProblemAccessDenied implements AccessDeniedHandler {

	private final ProblemSecurityResponses responses;

	ProblemAccessDenied(ProblemSecurityResponses responses) {
		this.responses = responses;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String code = denied instanceof CsrfException ? "SESSION_EXPIRED" : "FORBIDDEN";
		if (PageRequests.isPage(request)) {
			// a person's browser: the error page, in the reader's language
			request.setAttribute(PageRequests.PROBLEM_CODE, code);
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		responses.write(request, response, HttpStatus.FORBIDDEN, code);
	}
}
