package io.gongxin.dispute.internal;

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
 * Objections on pages: the subject files and follows them, the provider answers those forwarded to it with
 * the working days left; the centre's queue and counter are {@link ObjectionCounterPages}.
 */
@PageController
class ObjectionPages {

	private final ObjectionsController api;

	private final RequestChecks checks;

	private final io.gongxin.catalog.Catalogs catalogs;

	private final io.gongxin.subject.Subjects subjects;

	private final int reconsiderationDays;

	private final int litigationMonths;

	private final ObjectionLabels labels;

	private final ObjectionEvidenceController evidence;

	private final ObjectionCasePages casePages;

	ObjectionPages(ObjectionsController api, RequestChecks checks, io.gongxin.catalog.Catalogs catalogs,
			io.gongxin.subject.Subjects subjects, ObjectionLabels labels,
			ObjectionEvidenceController evidence,
			ObjectionCasePages casePages,
			@org.springframework.beans.factory.annotation.Value("${gongxin.remedies.reconsideration-days:60}") int reconsiderationDays,
			@org.springframework.beans.factory.annotation.Value("${gongxin.remedies.litigation-months:6}") int litigationMonths) {
		this.labels = labels;
		this.evidence = evidence;
		this.casePages = casePages;
		this.reconsiderationDays = reconsiderationDays;
		this.litigationMonths = litigationMonths;
		this.api = api;
		this.checks = checks;
		this.catalogs = catalogs;
		this.subjects = subjects;
	}

	@GetMapping("/me/objections")
	@PreAuthorize("hasRole('SUBJECT')")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		listQueue(caller, model);
		// R-30a: what remains to a person who still disagrees (行政复议, 行政诉讼), the periods from the settings
		model.addAttribute("reconsiderationDays", reconsiderationDays);
		model.addAttribute("litigationMonths", litigationMonths);
		// the items a record of this subject could be missing from (遗漏)
		model.addAttribute("omissionItems", caller.actingSubject().flatMap(subjects::find)
			.map(subject -> catalogs.published().items().stream().filter(item -> item.allows(subject.type())).toList())
			.orElse(java.util.List.of()));
		return htmx != null ? "me/objections :: section" : "me/objections";
	}

	/** a record the subject lacks (遗漏), reported with the item and what is missing. */
	@PostMapping("/me/objections/omissions")
	@PreAuthorize("hasRole('SUBJECT')")
	String omission(@RequestParam String item, @RequestParam String description, @RequestParam String statement,
			Caller caller, RedirectAttributes redirect) {
		api.object(checks.valid(new ObjectionsController.NewObjection(null, "ERROR_OR_OMISSION", statement,
				new ObjectionsController.Omission(item, null, description), null, null)), caller);
		redirect.addFlashAttribute("noticeKey", "me.omission.done");
		return "redirect:/me#objections";
	}

	@PostMapping("/me/objections")
	@PreAuthorize("hasRole('SUBJECT')")
	String object(@RequestParam long recordId, @RequestParam String reason, @RequestParam String statement,
			Caller caller, RedirectAttributes redirect) {
		api.object(checks.valid(new ObjectionsController.NewObjection(recordId, reason, statement)), caller);
		redirect.addFlashAttribute("noticeKey", "me.object.done");
		return "redirect:/me#objections";
	}

	/** Evidence for an objection (PDF or image, checked by content). */
	@PostMapping("/me/objections/{id}/attachments")
	@PreAuthorize("hasRole('SUBJECT')")
	String attach(@PathVariable long id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			Caller caller, RedirectAttributes redirect) throws java.io.IOException {
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
			Objection objection = api.readable(id, caller);
			model.addAttribute("confirm", "DISAGREE");
			return casePages.show(model, objection, ObjectionCasePages.Audience.SUBJECT);
		}
		api.disagree(id, caller);
		redirect.addFlashAttribute("noticeKey", "me.object.disagreed");
		return "redirect:/me#objections";
	}

	@GetMapping("/provider/objections")
	@PreAuthorize("hasRole('PROVIDER')")
	String forwarded(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		listQueue(caller, model);
		return htmx != null ? "provider/objections :: section" : "provider/objections";
	}

	private void listQueue(Caller caller, Model model) {
		listQueue(api, labels, caller, model);
	}

	/** The caller's objections, each named by its item and whose it is. */
	static void listQueue(ObjectionsController api, ObjectionLabels labels, Caller caller, Model model) {
		java.util.List<ObjectionView> queue = api.queue(caller);
		model.addAttribute("objections", queue);
		model.addAttribute("labels", labels.labels(queue));
	}
}
