package io.gongxin.dispute.internal;

import io.gongxin.platform.UploadLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence limit applies before the upload is read or spooled (the API and the subject's page). */
@Configuration(proxyBeanMethods = false)
class AttachmentUploadLimits {

	@Bean
	UploadLimit attachmentUploadLimit(@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes) {
		return new UploadLimit("/api/v1/objections/*/attachments", maxBytes);
	}

	@Bean
	UploadLimit attachmentPageUploadLimit(@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes) {
		return new UploadLimit("/me/objections/*/attachments", maxBytes);
	}
}
