package io.gongxin.batch.internal;

import java.io.IOException;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The batches section of the provider's workspace: a file uploaded from the page, and each batch's row as it runs. */
@PageController
@PreAuthorize("hasRole('PROVIDER')")
class ProviderBatchPages {

	private final BatchController batches;

	private final BatchProgressController progress;

	private final BatchStore store;

	private final BatchProblems problems;

	ProviderBatchPages(BatchController batches, BatchProgressController progress, BatchStore store,
			BatchProblems problems) {
		this.batches = batches;
		this.progress = progress;
		this.store = store;
		this.problems = problems;
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
		model.addAttribute("batches", java.util.List.of(progress.batch(id, caller)));
		model.addAttribute("problems", problems.of(store.find(id).stream().toList()));
		return "provider/index :: batch";
	}
}
