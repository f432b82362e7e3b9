package io.gongxin.measures.internal;

import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The querier's measure check with the reasons, and the feedback of what was applied (R-22, R-24c). */
@PageController
class MeasureCheckPages {

	private final MeasureChecksController checks;

	private final MeasureFeedbackController feedback;

	private final Catalogs catalogs;

	private final RequestChecks requests;

	MeasureCheckPages(MeasureChecksController checks, MeasureFeedbackController feedback, Catalogs catalogs,
			RequestChecks requests) {
		this.checks = checks;
		this.feedback = feedback;
		this.catalogs = catalogs;
		this.requests = requests;
	}

	@PostMapping("/querier/measure-check")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String check(@RequestParam String subjectId, @RequestParam String matter,
			@RequestParam(defaultValue = "") String purpose, Caller caller, Model model) {
		model.addAttribute("matters", catalogs.published().mattersGrantedTo(caller.organisation()));
		model.addAttribute("subjectId", subjectId.strip());
		model.addAttribute("matter", matter);
		model.addAttribute("purpose", purpose);
		model.addAttribute("check", checks.check(requests.valid(new MeasureCheckRequest(subjectId,
				matter, purpose.isBlank() ? null : purpose)), caller));
		return "querier/index";
	}

	@PostMapping("/querier/measure-check/{id}/feedback")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String feedback(@PathVariable UUID id, @RequestParam(required = false) List<String> applied,
			@RequestParam(defaultValue = "") String note, Caller caller, RedirectAttributes redirect) {
		feedback.feedback(id, requests.valid(new MeasureFeedbackRequest(applied == null ? List.of() : applied,
				note.isBlank() ? null : note)), caller);
		redirect.addFlashAttribute("noticeKey", "querier.feedback.done");
		return "redirect:/querier";
	}
}
