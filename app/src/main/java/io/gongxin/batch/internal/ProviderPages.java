package io.gongxin.batch.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.collection.ProviderRecords;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's workspace: upload a batch (drag and drop), watch it run, download its error report
 * ({@link ErrorReportDownloads}) and the templates, browse and revoke its own records. Objections and repairs
 * forwarded to it are sections the {@code dispute} and {@code repair} modules serve.
 */
@PageController
@PreAuthorize("hasRole('PROVIDER')")
class ProviderPages {

	private final BatchController batches;

	private final ProviderRecords records;

	private final BatchStore store;

	private final BatchProblems problems;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final RequestChecks checks;

	ProviderPages(BatchController batches, ProviderRecords records, BatchStore store, BatchProblems problems,
			Catalogs catalogs, ProviderPermissions permissions, RequestChecks checks) {
		this.checks = checks;
		this.batches = batches;
		this.records = records;
		this.store = store;
		this.problems = problems;
		this.catalogs = catalogs;
		this.permissions = permissions;
	}

	@GetMapping("/provider")
	String workspace(@RequestParam(defaultValue = "0") int page, Caller caller, Model model) {
		CatalogDocument catalog = catalogs.published();
		model.addAttribute("items", permissions.items(caller.organisation()).stream()
			.map(catalog::item).flatMap(Optional::stream).toList());
		List<Batch> recent = store.recent(caller.organisation(), 10);
		model.addAttribute("batches", recent);
		model.addAttribute("problems", problems.of(recent));
		model.addAttribute("records", records.ofProvider(caller, null, page, 20));
		model.addAttribute("page", Math.max(0, page));
		return "provider/index";
	}

	@PostMapping("/provider/batches")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam String item, Caller caller,
			RedirectAttributes redirect) throws IOException {
		BatchAccepted made = batches.upload(file, item, null, caller);
		redirect.addFlashAttribute("noticeKey", "provider.batch.uploaded");
		redirect.addFlashAttribute("uploaded", made.id());
		return "redirect:/provider#batches";
	}

	/** One batch's row of the table; htmx polls it until the batch is done. */
	@GetMapping("/provider/batches/{id}")
	String batch(@PathVariable UUID id, Caller caller, Model model) {
		model.addAttribute("batches", java.util.List.of(batches.batch(id, caller)));
		model.addAttribute("problems", problems.of(store.find(id).stream().toList()));
		return "provider/index :: batch";
	}

	@PostMapping("/provider/records/{id}/revocation")
	String revoke(@PathVariable long id, @RequestParam String reason, Caller caller, RedirectAttributes redirect,
			Locale locale) {
		records.revoke(id, checks.valid(new ProviderRecords.RevocationRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "provider.record.revoked");
		return "redirect:/provider#records";
	}
}
