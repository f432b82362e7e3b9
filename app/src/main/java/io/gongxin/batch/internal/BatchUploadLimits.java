package io.gongxin.batch.internal;

import io.gongxin.platform.UploadLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** A batch file's own size limit, applied before the upload is read (the API and the provider page). */
@Configuration(proxyBeanMethods = false)
class BatchUploadLimits {

	@Bean
	UploadLimit batchUploadLimit(@Value("${gongxin.batches.max-file-size:512MB}") DataSize max) {
		return new UploadLimit("/api/v1/batches", max.toBytes());
	}

	@Bean
	UploadLimit batchPageUploadLimit(@Value("${gongxin.batches.max-file-size:512MB}") DataSize max) {
		return new UploadLimit("/provider/batches", max.toBytes());
	}
}
