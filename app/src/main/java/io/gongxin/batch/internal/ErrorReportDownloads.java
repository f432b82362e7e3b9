package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The provider downloads a batch's error report ({@link BatchErrorReport}) from its workspace. */
@PageController
@PreAuthorize("hasRole('PROVIDER')")
class ErrorReportDownloads {

	private final BatchStore store;

	private final Catalogs catalogs;

	private final BatchErrorReport errorReport;

	ErrorReportDownloads(BatchStore store, Catalogs catalogs, BatchErrorReport errorReport) {
		this.store = store;
		this.catalogs = catalogs;
		this.errorReport = errorReport;
	}

	@GetMapping("/provider/batches/{id}/errors.xlsx")
	ResponseEntity<byte[]> errors(@PathVariable UUID id, Caller caller) throws IOException {
		Batch batch = store.find(id)
			.filter(b -> b.provider().equals(caller.organisation()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH", Map.of("id", id), id.toString()));
		CatalogItem item = catalogs.published().item(batch.item())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ITEM", Map.of("item", batch.item()),
					batch.item()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("错误报告-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(errorReport.write(batch, item));
	}
}
