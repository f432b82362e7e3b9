package io.gongxin.batch.internal;

import java.util.List;
import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.collection.ProviderRecords;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's workspace: upload a batch (drag and drop) and watch it run ({@link ProviderBatchPages}), download
 * its error report ({@link ErrorReportDownloads}) and the templates, browse and revoke its own records
 * ({@link ProviderRecordPages}). Objections and repairs forwarded to it are sections the {@code dispute} and
 * {@code repair} modules serve.
 */
@PageController
@PreAuthorize("hasRole('PROVIDER')")
class ProviderPages {

	private final ProviderRecords records;

	private final BatchStore store;

	private final BatchProblems problems;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	ProviderPages(ProviderRecords records, BatchStore store, BatchProblems problems, Catalogs catalogs,
			ProviderPermissions permissions) {
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
}
