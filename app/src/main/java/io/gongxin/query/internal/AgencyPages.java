package io.gongxin.query.internal;

import java.util.Arrays;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's workspace: batch queries (R-20b), their results to download from {@link BatchQueryDownloads}. */
@PageController
@PreAuthorize("hasRole('AGENCY')")
class AgencyPages {

	private final BatchQueriesController api;

	private final BatchQueryReads batchQueries;

	private final RequestChecks checks;

	AgencyPages(BatchQueriesController api, BatchQueryReads batchQueries, RequestChecks checks) {
		this.api = api;
		this.batchQueries = batchQueries;
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
}
