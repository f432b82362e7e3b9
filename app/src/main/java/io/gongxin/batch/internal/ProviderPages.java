package io.gongxin.batch.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.collection.ProviderRecords;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's workspace: upload a batch (drag and drop), watch it run, download its error report and the
 * templates, browse and revoke its own records. Objections and repairs forwarded to it are sections the
 * {@code dispute} and {@code repair} modules serve.
 */
@PageController
@PreAuthorize("hasRole('PROVIDER')")
class ProviderPages {

	private static final int MAX_PROBLEMS = 5;

	private final BatchController batches;

	private final ProviderRecords records;

	private final BatchStore store;

	private final BatchErrorReport errorReport;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final RequestChecks checks;

	ProviderPages(BatchController batches, ProviderRecords records, BatchStore store, BatchErrorReport errorReport,
			Catalogs catalogs, ProviderPermissions permissions, RequestChecks checks) {
		this.checks = checks;
		this.batches = batches;
		this.records = records;
		this.store = store;
		this.errorReport = errorReport;
		this.catalogs = catalogs;
		this.permissions = permissions;
	}

	@GetMapping("/provider")
	String workspace(@RequestParam(defaultValue = "0") int page, Caller caller, Model model) {
		CatalogDocument catalog = catalogs.published();
		model.addAttribute("items", permissions.items(caller.organisation()).stream()
			.map(catalog::item).flatMap(java.util.Optional::stream).toList());
		java.util.List<BatchStore.Batch> recent = store.recent(caller.organisation(), 10);
		model.addAttribute("batches", recent);
		model.addAttribute("problems", problems(recent));
		model.addAttribute("records", records.ofProvider(caller, null, page, 20));
		model.addAttribute("page", Math.max(0, page));
		return "provider/index";
	}

	@PostMapping("/provider/batches")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam String item, Caller caller,
			RedirectAttributes redirect) throws IOException {
		BatchController.BatchAccepted made = batches.upload(file, item, null, caller);
		redirect.addFlashAttribute("noticeKey", "provider.batch.uploaded");
		redirect.addFlashAttribute("uploaded", made.id());
		return "redirect:/provider#batches";
	}

	/** One batch's row of the table; htmx polls it until the batch is done. */
	@GetMapping("/provider/batches/{id}")
	String batch(@PathVariable UUID id, Caller caller, Model model) {
		model.addAttribute("batches", java.util.List.of(batches.batch(id, caller)));
		model.addAttribute("problems", problems(store.find(id).stream().toList()));
		return "provider/index :: batch";
	}

	/** Why each failed batch failed (a wrong header names its columns and the item they match), by batch id. */
	private Map<String, java.util.List<String>> problems(java.util.List<BatchStore.Batch> shown) {
		Map<String, java.util.List<String>> problems = new java.util.HashMap<>();
		shown.stream().filter(b -> b.failure() != null).forEach(b -> problems.put(b.id().toString(),
				store.errors(b.id(), MAX_PROBLEMS).stream()
					.filter(e -> !e.error().code().equals(b.failure()))
					.map(e -> e.error().message()).distinct().toList()));
		return problems;
	}

	@GetMapping("/provider/batches/{id}/errors.xlsx")
	ResponseEntity<byte[]> errors(@PathVariable UUID id, Caller caller) throws IOException {
		BatchStore.Batch batch = store.find(id)
			.filter(b -> b.provider().equals(caller.organisation()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH", Map.of("id", id), id.toString()));
		CatalogItem item = catalogs.published().item(batch.item())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ITEM", Map.of("item", batch.item()),
					batch.item()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("错误报告-" + id + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(errorReport.write(batch, item));
	}

	@PostMapping("/provider/records/{id}/revocation")
	String revoke(@PathVariable long id, @RequestParam String reason, Caller caller, RedirectAttributes redirect,
			Locale locale) {
		records.revoke(id, checks.valid(new ProviderRecords.RevocationRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "provider.record.revoked");
		return "redirect:/provider#records";
	}
}
