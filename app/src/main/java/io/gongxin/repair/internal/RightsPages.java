package io.gongxin.repair.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Deletion requests and repair applications on pages: the subject follows its own, the provider the repairs
 * waiting for it; asking is {@link DeletionPages}' and {@link RepairPages}'.
 */
@PageController
class RightsPages {

	private final RepairLists repairs;

	private final DeletionLists deletions;

	RightsPages(RepairLists repairs, DeletionLists deletions) {
		this.repairs = repairs;
		this.deletions = deletions;
	}

	@GetMapping("/me/repairs")
	@PreAuthorize("hasRole('SUBJECT')")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("repairs", repairs.repairsOf(caller.actingSubject().orElseThrow()));
		model.addAttribute("deletions", deletions.deletionsOf(caller.actingSubject().orElseThrow()));
		return htmx != null ? "me/repairs :: section" : "me/repairs";
	}

	@GetMapping("/provider/repairs")
	@PreAuthorize("hasRole('PROVIDER')")
	String pending(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("repairs", repairs.pendingRepairsFor(caller.organisation()));
		return htmx != null ? "provider/repairs :: section" : "provider/repairs";
	}
}
