package io.gongxin.dispute.internal;

import java.io.IOException;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The subject's steps on an objection it filed: evidence attached, and still disagreeing with the outcome. */
@PageController
class SubjectObjectionPages {

	private final ObjectionsController api;

	private final ObjectionParties parties;

	private final EvidenceUploadController evidence;

	private final ObjectionCaseView casePages;

	SubjectObjectionPages(ObjectionsController api, ObjectionParties parties, EvidenceUploadController evidence,
			ObjectionCaseView casePages) {
		this.api = api;
		this.parties = parties;
		this.evidence = evidence;
		this.casePages = casePages;
	}

	/** Evidence for an objection (PDF or image, checked by content). */
	@PostMapping("/me/objections/{id}/attachments")
	@PreAuthorize("hasRole('SUBJECT')")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Caller caller,
			RedirectAttributes redirect) throws IOException {
		evidence.attach(id, file, caller);
		redirect.addFlashAttribute("noticeKey", "me.object.attached");
		return "redirect:/me/objections/" + id;
	}

	@PostMapping("/me/objections/{id}/disagreement")
	@PreAuthorize("hasRole('SUBJECT')")
	String disagree(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Caller caller,
			Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			// issue 14: like the centre's decisions, the first submit says what will happen; only the second decides
			Objection objection = parties.readable(id, caller);
			model.addAttribute("confirm", "DISAGREE");
			return casePages.show(model, objection, CaseAudience.SUBJECT);
		}
		api.disagree(id, caller);
		redirect.addFlashAttribute("noticeKey", "me.object.disagreed");
		return "redirect:/me#objections";
	}
}
