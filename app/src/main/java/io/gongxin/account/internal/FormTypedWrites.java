package io.gongxin.account.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A write whose content type is a form's ({@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}) and that no bearer token authenticates (which no browser adds by itself) — except multipart on
 * the two endpoints that take files by contract ({@code POST /api/v1/batches},
 * {@code POST /api/v1/objections/{id}/attachments}), which the cross-site rule protects ({@link CrossSiteApiGuard}).
 */
final class FormTypedWrites {

	private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
			MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

	private static final List<RequestMatcher> MULTIPART_BY_CONTRACT = List.of(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/batches"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/objections/{id}/attachments"));

	private FormTypedWrites() {
	}

	static boolean refused(HttpServletRequest request) {
		MediaType type = contentType(request);
		return type != null && FORM_TYPES.stream().anyMatch(form -> form.includes(type)) && !bearer(request)
				&& !(MediaType.MULTIPART_FORM_DATA.includes(type)
						&& MULTIPART_BY_CONTRACT.stream().anyMatch(m -> m.matches(request)));
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
