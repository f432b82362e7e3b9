package io.gongxin.platform.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.UploadLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies each endpoint's {@link UploadLimit} from the request's declared length, ahead of security and
 * of multipart parsing (both of which would read and spool the body): {@link UploadRefusal}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

	private final List<UploadLimit> limits;

	private final FilterProblems written;

	private final AntPathMatcher paths = new AntPathMatcher();

	UploadLimitFilter(List<UploadLimit> limits, FilterProblems written) {
		this.limits = limits;
		this.written = written;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		UploadLimit limit = limits.stream().filter(l -> paths.match(l.pathPattern(), path)).findFirst().orElse(null);
		UploadRefusal refusal = limit == null ? null : UploadRefusal.of(request, limit).orElse(null);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		written.refuseUnread(request, response, refusal.status, refusal.name(), Map.of("maxBytes", limit.maxBytes()),
				limit.maxBytes());
	}
}
