package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's review (R-30a) from the objection's page, in two steps like its other decisions
 * ({@link ObjectionDecisionPages}).
 */
@PageController
class ObjectionReviewPage {

	private final ObjectionParties parties;

	private final ObjectionCaseView pages;

	private final CentreReview centre;

	private final RequestChecks checks;

	ObjectionReviewPage(ObjectionParties parties, ObjectionCaseView pages, CentreReview centre, RequestChecks checks) {
		this.parties = parties;
		this.pages = pages;
		this.centre = centre;
		this.checks = checks;
	}

	/** The centre's written conclusion on an objection the person still disagrees with (R-30a). */
	@PostMapping("/console/objections/{id}/review")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String review(@PathVariable long id, @RequestParam String conclusion,
			@RequestParam(defaultValue = "false") boolean confirmed, Caller caller, Model model,
			RedirectAttributes redirect) {
		Objection objection = parties.readable(id, caller);
		ReviewConclusion review = checks.valid(new ReviewConclusion(conclusion.strip()));
		if (!confirmed) {
			model.addAttribute("confirm", "REVIEW");
			model.addAttribute("conclusion", review.conclusion());
			return pages.show(model, objection, CaseAudience.CENTRE);
		}
		centre.review(caller, id, review.conclusion());
		redirect.addFlashAttribute("noticeKey", "console.objection.reviewed");
		return "redirect:/console/objections/" + id;
	}
}
