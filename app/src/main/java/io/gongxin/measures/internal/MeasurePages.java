package io.gongxin.measures.internal;

import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.measures.ListType;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The published lists with their criteria (R-24, public); the querier's measure check with the reasons and
 * the feedback of what was applied (R-24c); the centre's view of every list entry and its history.
 */
@PageController
class MeasurePages implements PublicEndpoints {

	private final ListsController lists;

	private final ListEntriesController entries;

	private final MeasureChecksController checks;

	private final Catalogs catalogs;

	private final RequestChecks requests;

	MeasurePages(ListsController lists, ListEntriesController entries, MeasureChecksController checks, Catalogs catalogs,
			RequestChecks requests) {
		this.lists = lists;
		this.entries = entries;
		this.checks = checks;
		this.catalogs = catalogs;
		this.requests = requests;
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping("/portal/lists")
	String published(@RequestParam(required = false) Integer page, Model model) {
		// the same pages as the API: the newest 100 of each list per page
		model.addAttribute("lists", List.of(ListType.values()).stream()
			.map(type -> new PublishedSection(type.name(), lists.list(type, page, null)))
			.toList());
		return "portal/lists";
	}

	@PostMapping("/querier/measure-check")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String check(@RequestParam String subjectId, @RequestParam String matter,
			@RequestParam(defaultValue = "") String purpose, Caller caller, Model model) {
		model.addAttribute("matters", catalogs.published().mattersGrantedTo(caller.organisation()));
		model.addAttribute("subjectId", subjectId.strip());
		model.addAttribute("matter", matter);
		model.addAttribute("purpose", purpose);
		model.addAttribute("check", checks.check(requests.valid(new MeasureChecksController.MeasureCheckRequest(subjectId,
				matter, purpose.isBlank() ? null : purpose)), caller));
		return "querier/index";
	}

	@PostMapping("/querier/measure-check/{id}/feedback")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String feedback(@PathVariable UUID id, @RequestParam(required = false) List<String> applied,
			@RequestParam(defaultValue = "") String note, Caller caller, RedirectAttributes redirect) {
		checks.feedback(id, requests.valid(new MeasureChecksController.MeasureFeedbackRequest(applied == null ? List.of() : applied,
				note.isBlank() ? null : note)), caller);
		redirect.addFlashAttribute("noticeKey", "querier.feedback.done");
		return "redirect:/querier";
	}

	@GetMapping("/console/lists")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String history(Model model) {
		model.addAttribute("lists", List.of(ListType.values()).stream()
			.map(type -> new HistorySection(type.name(), lists.history(type).entries()))
			.toList());
		return "console/lists";
	}

	@PostMapping("/console/lists/{type}/entries")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String enter(@PathVariable ListType type, @RequestParam String subjectId, @RequestParam String reason,
			@RequestParam String basis, @RequestParam java.time.LocalDate decidedOn,
			@RequestParam java.time.LocalDate validUntil, @RequestParam(defaultValue = "") String legalRepresentative,
			@RequestParam(defaultValue = "") String principal, @RequestParam(defaultValue = "") String responsiblePersons,
			Caller caller, RedirectAttributes redirect) {
		// R-24d: the form takes names only; the API also takes id numbers, kept masked
		List<ListEntriesController.NamedPerson> responsible = java.util.Arrays.stream(responsiblePersons.split("[、,，;；]"))
			.map(String::strip).filter(name -> !name.isEmpty()).map(name -> new ListEntriesController.NamedPerson(name, null))
			.toList();
		entries.add(type, requests.valid(new ListEntriesController.NewListEntry(subjectId, reason, basis, decidedOn, validUntil, null,
				named(legalRepresentative), named(principal), responsible)), caller);
		redirect.addFlashAttribute("noticeKey", "console.lists.entered");
		return "redirect:/console/lists";
	}

	private static ListEntriesController.NamedPerson named(String name) {
		return name.isBlank() ? null : new ListEntriesController.NamedPerson(name.strip(), null);
	}

	@PostMapping("/console/lists/{type}/entries/{id}/confirmation")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String confirm(@PathVariable ListType type, @PathVariable long id, RedirectAttributes redirect) {
		entries.confirm(type, id);
		redirect.addFlashAttribute("noticeKey", "console.lists.confirmed");
		return "redirect:/console/lists";
	}

	@PostMapping("/console/lists/{type}/entries/{id}/removal")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String remove(@PathVariable ListType type, @PathVariable long id, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		entries.remove(type, id, requests.valid(new ListEntriesController.ListRemoval(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "console.lists.removed");
		return "redirect:/console/lists";
	}

	/** A published list on the portal page. */
	record PublishedSection(String type, ListViews.PublishedList list) {
	}

	/** A list's history on the centre's page. */
	record HistorySection(String type, List<ListViews.ListHistoryEntry> history) {
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/lists"));
	}
}
