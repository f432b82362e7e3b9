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

/** The provider's answer on an objection's page, in two steps like the centre's ({@link ObjectionDecisionPages}). */
@PageController
class ProviderAnswerPage {

	private final ObjectionParties parties;

	private final ObjectionAnswersController answers;

	private final ObjectionCaseView pages;

	private final CorrectionForm form;

	private final RequestChecks checks;

	ProviderAnswerPage(ObjectionParties parties, ObjectionAnswersController answers, ObjectionCaseView pages,
			CorrectionForm form, RequestChecks checks) {
		this.parties = parties;
		this.answers = answers;
		this.pages = pages;
		this.form = form;
		this.checks = checks;
	}

	/**
	 * R-29b: the provider's answer, from the panel or the objection's page, confirmed before it is recorded; upheld,
	 * with the record corrected field by field or, with no field changed, withdrawn from queries.
	 */
	@PostMapping("/provider/objections/{id}/verification")
	@PreAuthorize("hasRole('PROVIDER')")
	String verify(@PathVariable long id, @RequestParam boolean upheld, @RequestParam String explanation,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam MultiValueMap<String, String> params,
			Caller caller, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Objection objection = parties.readable(id, caller);
		Map<String, Object> correction = null;
		if (upheld && objection.recordId() != null) {
			correction = form.edit(objection, params, false, locale, model);
			if (correction == null) {
				response.setStatus(400);
				return pages.show(model, objection, CaseAudience.PROVIDER);
			}
		}
		boolean corrects = correction != null && !correction.isEmpty();
		Verification verification = checks.valid(new Verification(upheld,
				corrects ? correction : null, explanation.strip()));
		if (!confirmed) {
			model.addAttribute("confirm", !upheld ? "REJECT" : corrects ? "UPHOLD_CORRECT" : "UPHOLD");
			model.addAttribute("explanation", verification.explanation());
			return pages.show(model, objection, CaseAudience.PROVIDER);
		}
		answers.verify(id, verification, caller, locale);
		redirect.addFlashAttribute("noticeKey", "provider.objection.answered");
		return "redirect:/provider/objections/" + id;
	}
}
