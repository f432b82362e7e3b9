package io.gongxin.platform.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.PageRequests;
import io.gongxin.platform.UploadLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Applies each endpoint's {@link UploadLimit} from the request's declared length, ahead of security and
 * of multipart parsing (both of which would read and spool the body). A multipart upload to a limited
 * endpoint without a declared length is refused with 411: its size could only be learnt by reading it.
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
		if (limit != null) {
			long length = declaredLength(request);
			if (request instanceof MultipartHttpServletRequest parsed) {
				// parsed before any filter (MockMvc): judge the files themselves
				length = parsed.getMultiFileMap().values().stream().flatMap(List::stream)
					.mapToLong(MultipartFile::getSize).max().orElse(0);
				if (length > limit.maxBytes()) {
					refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", limit);
					return;
				}
			}
			else if (length < 0) {
				refuse(request, response, HttpStatus.LENGTH_REQUIRED, "LENGTH_REQUIRED", limit);
				return;
			}
			else if (length > limit.maxBytes() + UploadLimit.ENVELOPE) {
				refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", limit);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The length the client declared (the header itself: it is what a server learns before reading). */
	private static long declaredLength(HttpServletRequest request) {
		String header = request.getHeader("Content-Length");
		try {
			return header == null ? request.getContentLengthLong() : Long.parseLong(header.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			UploadLimit limit) throws IOException {
		// the unread body is not drained: the connection is closed rather than read to its end
		response.setHeader("Connection", "close");
		if (PageRequests.isPage(request)) {
			request.setAttribute(PageRequests.PROBLEM_CODE, code);
			response.sendError(status.value());
			return;
		}
		response.setCharacterEncoding("UTF-8");
		written.write(request, response, status, code, Map.of("maxBytes", limit.maxBytes()), limit.maxBytes());
	}
}
