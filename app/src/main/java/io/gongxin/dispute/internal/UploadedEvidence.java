package io.gongxin.dispute.internal;

import java.nio.file.Path;
import java.util.Map;

import io.gongxin.platform.DomainException;

import org.springframework.web.multipart.MultipartFile;

/** An uploaded file as evidence: not empty, within the size limit, named without any path it came with. */
record UploadedEvidence(String name, long size, EvidenceContent content) {

	static UploadedEvidence of(MultipartFile file, long maxBytes) {
		if (file.isEmpty() || file.getSize() > maxBytes) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "ATTACHMENT_TOO_LARGE", Map.of("maxBytes", maxBytes),
					maxBytes);
		}
		String name = file.getOriginalFilename() == null ? "attachment" : Path.of(file.getOriginalFilename()).getFileName().toString();
		return new UploadedEvidence(name, file.getSize(), file::getInputStream);
	}
}
