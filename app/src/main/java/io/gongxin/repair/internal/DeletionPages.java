package io.gongxin.repair.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R-27b on the subject's pages: it confirms a deletion (seeing what will happen), and withdraws it while it may. */
@PageController
class DeletionPages {

	private final DeletionRequestsController api;

	private final DeletionWithdrawalController withdrawal;

	private final DeletionPreviews previews;

	DeletionPages(DeletionRequestsController api, DeletionWithdrawalController withdrawal, DeletionPreviews previews) {
		this.api = api;
		this.withdrawal = withdrawal;
		this.previews = previews;
	}

	/** R-27b: what asking will do, and the record's name, before anything is sent. */
	@GetMapping("/me/deletion-requests/new")
	@PreAuthorize("hasRole('SUBJECT')")
	String confirm(@RequestParam long recordId, Caller caller, Model model) {
		model.addAttribute("deletion", previews.preview(caller, recordId));
		return "me/deletion";
	}

	@PostMapping("/me/deletion-requests")
	@PreAuthorize("hasRole('SUBJECT')")
	String delete(@RequestParam long recordId, Caller caller, RedirectAttributes redirect) {
		api.delete(new NewDeletionRequest(recordId), caller);
		redirect.addFlashAttribute("noticeKey", "me.delete.done");
		return "redirect:/me#repairs";
	}

	@PostMapping("/me/deletion-requests/{id}/withdrawal")
	@PreAuthorize("hasRole('SUBJECT')")
	String withdraw(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		withdrawal.withdraw(id, caller);
		redirect.addFlashAttribute("noticeKey", "me.delete.withdrawn");
		return "redirect:/me#repairs";
	}
}
