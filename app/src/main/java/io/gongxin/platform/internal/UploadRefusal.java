package io.gongxin.platform.internal;

import java.util.List;
import java.util.Optional;

import io.gongxin.platform.UploadLimit;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Why an upload is refused before its body is read ({@link UploadLimitFilter}); its name is the problem code. */
enum UploadRefusal {

	/** Larger than its endpoint's {@link UploadLimit}. */
	FILE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),

	/** Sent without a declared length: its size could only be learnt by reading it. */
	LENGTH_REQUIRED(HttpStatus.LENGTH_REQUIRED);

	final HttpStatus status;

	UploadRefusal(HttpStatus status) {
		this.status = status;
	}

	/** The refusal of an upload to an endpoint with this limit, if it is refused. */
	static Optional<UploadRefusal> of(HttpServletRequest request, UploadLimit limit) {
		if (request instanceof MultipartHttpServletRequest parsed) {
			// parsed before any filter (MockMvc): judge the files themselves
			long largest = parsed.getMultiFileMap().values().stream().flatMap(List::stream)
				.mapToLong(MultipartFile::getSize).max().orElse(0);
			return largest > limit.maxBytes() ? Optional.of(FILE_TOO_LARGE) : Optional.empty();
		}
		long length = declaredLength(request);
		if (length < 0) {
			return Optional.of(LENGTH_REQUIRED);
		}
		return length > limit.maxBytes() + UploadLimit.ENVELOPE ? Optional.of(FILE_TOO_LARGE) : Optional.empty();
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
}
