package io.gongxin.repair.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Repair on pages (R-RP): the subject applies for it, the provider decides. */
@PageController
class RepairPages {

	private final RepairsController api;

	private final RepairDecisionController decisionApi;

	private final RequestChecks checks;

	RepairPages(RepairsController api, RepairDecisionController decisionApi, RequestChecks checks) {
		this.api = api;
		this.decisionApi = decisionApi;
		this.checks = checks;
	}

	@PostMapping("/me/repairs")
	@PreAuthorize("hasRole('SUBJECT')")
	String repair(@RequestParam long recordId, @RequestParam String statement, Caller caller,
			RedirectAttributes redirect) {
		api.repair(checks.valid(new RepairRequest(recordId, statement)), caller);
		redirect.addFlashAttribute("noticeKey", "me.repair.done");
		return "redirect:/me#repairs";
	}

	@PostMapping("/provider/repairs/{id}/decision")
	@PreAuthorize("hasRole('PROVIDER')")
	String decide(@PathVariable long id, @RequestParam boolean approved, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		decisionApi.decide(id, checks.valid(new Decision(approved, reason)), caller);
		redirect.addFlashAttribute("noticeKey", "provider.repair.decided");
		return "redirect:/provider#repairs";
	}
}
