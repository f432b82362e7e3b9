package io.gongxin.account.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API is stateless (no cookie authenticates it), but a browser may still hold HTTP Basic credentials it
 * once typed, and would add them to a form another site makes it post. Such a form can only send the three
 * "simple" content types without asking the API first (CORS preflight, which the API never grants). So a
 * write request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) to the API is refused:
 * <ul>
 * <li>with 403 {@code CROSS_SITE_REFUSED} when a browser says it comes from another site's page
 * ({@link CrossSiteRequests});</li>
 * <li>with 415 {@code FORM_CONTENT_REFUSED} when its content type is a form's and no bearer token authenticates it
 * ({@link FormTypedWrites}).</li>
 * </ul>
 * Systems calling the API send JSON (or multipart files) and no browser headers, and are unaffected.
 */
class CrossSiteApiGuard extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final ProblemSecurityResponses responses;

	CrossSiteApiGuard(ProblemSecurityResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (WRITES.contains(request.getMethod())) {
			if (CrossSiteRequests.crossSite(request)) {
				responses.write(request, response, HttpStatus.FORBIDDEN, "CROSS_SITE_REFUSED");
				return;
			}
			if (FormTypedWrites.refused(request)) {
				responses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FORM_CONTENT_REFUSED");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
