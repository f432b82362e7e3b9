package io.gongxin.query.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.ObjectMapper;

/** The agency's workspace: batch queries (R-20b) with their results to download. */
@PageController
@PreAuthorize("hasRole('AGENCY')")
class AgencyPages {

	private final BatchQueriesController api;

	private final BatchQueryReads batchQueries;

	private final ObjectMapper json;

	private final RequestChecks checks;

	AgencyPages(BatchQueriesController api, BatchQueryReads batchQueries, ObjectMapper json, RequestChecks checks) {
		this.api = api;
		this.batchQueries = batchQueries;
		this.json = json;
		this.checks = checks;
	}

	@GetMapping("/agency")
	String agency(Caller caller, Model model) {
		model.addAttribute("batches", batchQueries.recent(caller.organisation(), 20));
		return "querier/agency";
	}

	@PostMapping("/agency/batch-queries")
	String submit(@RequestParam String subjects, @RequestParam String purpose, Caller caller,
			RedirectAttributes redirect) {
		List<String> ids = Arrays.stream(subjects.split("[\\r\\n,;，；\\s]+")).filter(s -> !s.isBlank()).toList();
		BatchQueryAccepted made = api.submit(
				checks.valid(new BatchQueryRequest(ids, purpose.strip())), caller);
		redirect.addFlashAttribute("submitted", made.id());
		return "redirect:/agency";
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
