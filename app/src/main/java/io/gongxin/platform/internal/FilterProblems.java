package io.gongxin.platform.internal;

import java.io.IOException;
import java.util.Map;

import io.gongxin.platform.PageRequests;
import io.gongxin.platform.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Answers a request with a problem (RFC 9457) straight from a filter, for the filters that refuse it before
 * Spring MVC and its problem handling see it ({@link RequestBodyLimit}, {@link UploadLimitFilter}).
 */
@Component
class FilterProblems {

	private final ProblemResponses problems;

	private final ObjectMapper json;

	FilterProblems(ProblemResponses problems, ObjectMapper json) {
		this.problems = problems;
		this.json = json;
	}

	/** The problem {@code code} in the request's language, with {@code properties} added to it. */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Map<String, Object> properties, Object... args) throws IOException {
		ProblemDetail problem = problems.problem(status, code, ProblemResponses.localeOf(request), args);
		properties.forEach(problem::setProperty);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Refuses a request whose body is not read: as {@link #write}, but a person's browser is shown the error page
	 * for the code instead.
	 */
	void refuseUnread(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Map<String, Object> properties, Object... args) throws IOException {
		// the unread body is not drained: the connection is closed rather than read to its end
		response.setHeader("Connection", "close");
		if (PageRequests.isPage(request)) {
			request.setAttribute(PageRequests.PROBLEM_CODE, code);
			response.sendError(status.value());
			return;
		}
		response.setCharacterEncoding("UTF-8");
		write(request, response, status, code, properties, args);
	}
}
