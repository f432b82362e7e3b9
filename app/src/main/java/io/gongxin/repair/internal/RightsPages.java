package io.gongxin.repair.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deletion requests and repair applications on pages: the subject confirms a deletion (seeing what will happen),
 * follows and withdraws it, applies for repair; the provider decides.
 */
@PageController
class RightsPages {

	private final RightsController api;

	private final Deletions deletions;

	private final RightsLists lists;

	private final RequestChecks checks;

	RightsPages(RightsController api, Deletions deletions, RightsLists lists, RequestChecks checks) {
		this.api = api;
		this.deletions = deletions;
		this.lists = lists;
		this.checks = checks;
	}

	@GetMapping("/me/repairs")
	@PreAuthorize("hasRole('SUBJECT')")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("repairs", lists.repairsOf(caller.actingSubject().orElseThrow()));
		model.addAttribute("deletions", lists.deletionsOf(caller.actingSubject().orElseThrow()));
		return htmx != null ? "me/repairs :: section" : "me/repairs";
	}

	/** R-27b: what asking will do, and the record's name, before anything is sent. */
	@GetMapping("/me/deletion-requests/new")
	@PreAuthorize("hasRole('SUBJECT')")
	String confirm(@RequestParam long recordId, Caller caller, Model model) {
		model.addAttribute("deletion", deletions.preview(caller, recordId));
		return "me/deletion";
	}

	@PostMapping("/me/deletion-requests")
	@PreAuthorize("hasRole('SUBJECT')")
	String delete(@RequestParam long recordId, Caller caller, RedirectAttributes redirect) {
		api.delete(new RightsController.NewDeletionRequest(recordId), caller);
		redirect.addFlashAttribute("noticeKey", "me.delete.done");
		return "redirect:/me#repairs";
	}

	@PostMapping("/me/deletion-requests/{id}/withdrawal")
	@PreAuthorize("hasRole('SUBJECT')")
	String withdraw(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		api.withdraw(id, caller);
		redirect.addFlashAttribute("noticeKey", "me.delete.withdrawn");
		return "redirect:/me#repairs";
	}

	@PostMapping("/me/repairs")
	@PreAuthorize("hasRole('SUBJECT')")
	String repair(@RequestParam long recordId, @RequestParam String statement, Caller caller,
			RedirectAttributes redirect) {
		api.repair(checks.valid(new RightsController.RepairRequest(recordId, statement)), caller);
		redirect.addFlashAttribute("noticeKey", "me.repair.done");
		return "redirect:/me#repairs";
	}

	@GetMapping("/provider/repairs")
	@PreAuthorize("hasRole('PROVIDER')")
	String pending(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("repairs", lists.pendingRepairsFor(caller.organisation()));
		return htmx != null ? "provider/repairs :: section" : "provider/repairs";
	}

	@PostMapping("/provider/repairs/{id}/decision")
	@PreAuthorize("hasRole('PROVIDER')")
	String decide(@PathVariable long id, @RequestParam boolean approved, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		api.decide(id, checks.valid(new RightsController.Decision(approved, reason)), caller);
		redirect.addFlashAttribute("noticeKey", "provider.repair.decided");
		return "redirect:/provider#repairs";
	}
}
