package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's decisions on an objection from its page, each in two steps that work without JavaScript (issue 14
 * point 1): the first submit shows the objection again with what will happen (for a correction, each field as
 * published beside its corrected value, checked against the catalog like a submission, {@link CorrectionForm});
 * only the second, {@code confirmed}, decides. The provider's answer is {@link ProviderAnswerPage}'s, the review
 * {@link ObjectionReviewPage}'s.
 */
@PageController
class ObjectionDecisionPages {

	private final ObjectionParties parties;

	private final ObjectionAnswersController answers;

	private final ObjectionCaseView pages;

	private final OmissionRouting omissions;

	private final CorrectionForm form;

	private final RequestChecks checks;

	ObjectionDecisionPages(ObjectionParties parties, ObjectionAnswersController answers, ObjectionCaseView pages,
			OmissionRouting omissions, CorrectionForm form, RequestChecks checks) {
		this.parties = parties;
		this.answers = answers;
		this.pages = pages;
		this.omissions = omissions;
		this.form = form;
		this.checks = checks;
	}

	/** R-29a, R-29b: the centre forwards the objection to the provider, or corrects the record field by field. */
	@PostMapping("/console/objections/{id}/comparison")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String compare(@PathVariable long id, @RequestParam boolean matchesProvider,
			@RequestParam(required = false) String provider, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam MultiValueMap<String, String> params, Caller caller, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Objection objection = parties.readable(id, caller);
		String to = provider == null || provider.isBlank() ? null : provider.strip();
		Map<String, Object> correction = null;
		if (!matchesProvider && objection.recordId() != null) {
			correction = form.edit(objection, params, true, locale, model);
			if (correction == null) {
				response.setStatus(400);
				return pages.show(model, objection, CaseAudience.CENTRE);
			}
		}
		if (!confirmed) {
			if (matchesProvider && objection.aboutOmission()) {
				omissions.forwardTo(objection, to); // the provider is checked at the first step, the page says what is wrong
			}
			model.addAttribute("confirm", matchesProvider ? "FORWARD" : "CORRECT");
			model.addAttribute("provider", to);
			return pages.show(model, objection, CaseAudience.CENTRE);
		}
		answers.compare(id, checks.valid(new Comparison(matchesProvider, correction, to)), caller, locale);
		redirect.addFlashAttribute("noticeKey", "console.objection.compared");
		return "redirect:/console/objections/" + id;
	}
}
