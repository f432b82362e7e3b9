package io.gongxin.account.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API is stateless (no cookie authenticates it), but a browser may still hold HTTP Basic credentials it
 * once typed, and would add them to a form another site makes it post. Such a form can only send the three
 * "simple" content types without asking the API first (CORS preflight, which the API never grants). So a
 * write request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) to the API is refused:
 * <ul>
 * <li>with 403 {@code CROSS_SITE_REFUSED} when a browser says it comes from another site's page
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} that is not this server);</li>
 * <li>with 415 {@code FORM_CONTENT_REFUSED} when its content type is a form's
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}) and it is
 * not authenticated by a bearer token (which no browser adds by itself) — except multipart on the two
 * endpoints that take files by contract ({@code POST /api/v1/batches},
 * {@code POST /api/v1/objections/{id}/attachments}), which the cross-site rule above protects.</li>
 * </ul>
 * Systems calling the API send JSON (or multipart files) and no browser headers, and are unaffected.
 */
class CrossSiteApiGuard extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
			MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

	private static final List<RequestMatcher> MULTIPART_BY_CONTRACT = List.of(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/batches"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/objections/{id}/attachments"));

	private final ProblemSecurityResponses responses;

	CrossSiteApiGuard(ProblemSecurityResponses responses) {
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (WRITES.contains(request.getMethod())) {
			if (crossSite(request)) {
				responses.write(request, response, HttpStatus.FORBIDDEN, "CROSS_SITE_REFUSED");
				return;
			}
			MediaType type = contentType(request);
			if (type != null && FORM_TYPES.stream().anyMatch(form -> form.includes(type)) && !bearer(request)
					&& !(MediaType.MULTIPART_FORM_DATA.includes(type)
							&& MULTIPART_BY_CONTRACT.stream().anyMatch(m -> m.matches(request)))) {
				responses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FORM_CONTENT_REFUSED");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			URI uri = URI.create(origin.trim());
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			return !(request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port);
		}
		catch (IllegalArgumentException ex) {
			// "null" (a sandboxed or file page) or garbage: not this server
			return true;
		}
	}

	private static MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (header == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(header);
		}
		catch (IllegalArgumentException ex) {
			// unparsable: let Spring MVC answer it as an unsupported media type
			return null;
		}
	}

	private static boolean bearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}
}
