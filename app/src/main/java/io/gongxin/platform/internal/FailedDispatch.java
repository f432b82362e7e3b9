package io.gongxin.platform.internal;

import io.gongxin.platform.DatabaseFaults;
import io.gongxin.platform.PageRequests;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;

/** What the container's error dispatch says of the failed request ({@link ErrorEndpoint}): its status and code. */
final class FailedDispatch {

	private FailedDispatch() {
	}

	/** 503 when the database was away (and the code says so), else the status the container set, 500 if none. */
	static HttpStatus status(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& DatabaseFaults.unavailable(failure)) {
			request.setAttribute(PageRequests.PROBLEM_CODE, DatabaseFaults.CODE);
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = attribute instanceof Integer code ? code : 500;
		return HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(status);
	}

	/** The code named by whoever failed the request, else the one of its status. */
	static String code(HttpServletRequest request, HttpStatus status) {
		return request.getAttribute(PageRequests.PROBLEM_CODE) instanceof String named ? named
				: ErrorCodes.forStatus(status.value());
	}
}
