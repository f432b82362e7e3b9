package io.gongxin.query.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.ObjectMapper;

/** A batch query's results as a JSON file to download from the agency's workspace (R-20b). */
@PageController
@PreAuthorize("hasRole('AGENCY')")
class BatchQueryDownloads {

	private final BatchQueriesController api;

	private final ObjectMapper json;

	BatchQueryDownloads(BatchQueriesController api, ObjectMapper json) {
		this.api = api;
		this.json = json;
	}

	/** The results as JSON to download; the page shows the status. */
	@GetMapping("/agency/batch-queries/{id}/results.json")
	ResponseEntity<byte[]> results(@PathVariable UUID id, Caller caller) {
		BatchQueryResult found = api.find(id, caller);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=batch-query-" + id + ".json")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(json.writeValueAsString(found).getBytes(StandardCharsets.UTF_8));
	}
}
