package io.gongxin.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problems with a stable {@code code} and a title and detail in the caller's
 * language, from the {@code problem.<code>} entries of the message bundle.
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	/** The caller's language for a request that no Spring MVC locale resolver has seen: Chinese unless asked. */
	public static Locale localeOf(jakarta.servlet.http.HttpServletRequest request) {
		return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
	}

	/** The problem for a domain refusal, its properties added as they are. */
	public ProblemDetail problem(DomainException refusal, Locale locale) {
		ProblemDetail problem = problem(ProblemStatuses.of(refusal.kind()), refusal.code(), locale, refusal.args());
		refusal.properties().forEach(problem::setProperty);
		return problem;
	}

	public ProblemDetail problem(HttpStatusCode status, String code, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("problem." + code + ".title", null,
				messages.getMessage("problem.status." + status.value(), null, code, locale), locale));
		problem.setDetail(messages.getMessage("problem." + code, args, code, locale));
		problem.setProperty("code", code);
		// the id of the request (X-Request-Id, on each of its log lines): what an operator asks a caller for
		String requestId = RequestIds.current();
		if (requestId != null) {
			problem.setProperty(RequestIds.KEY, requestId);
		}
		return problem;
	}
}
