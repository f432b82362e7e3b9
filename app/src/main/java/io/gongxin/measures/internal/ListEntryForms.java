package io.gongxin.measures.internal;

import java.time.LocalDate;

import io.gongxin.account.Caller;
import io.gongxin.measures.ListType;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre enters, confirms and removes list entries from the console's list page. */
@PageController
class ListEntryForms {

	private final ListEntriesController entries;

	private final RequestChecks requests;

	ListEntryForms(ListEntriesController entries, RequestChecks requests) {
		this.entries = entries;
		this.requests = requests;
	}

	@PostMapping("/console/lists/{type}/entries")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String enter(@PathVariable ListType type, @RequestParam String subjectId, @RequestParam String reason,
			@RequestParam String basis, @RequestParam LocalDate decidedOn,
			@RequestParam LocalDate validUntil, @RequestParam(defaultValue = "") String legalRepresentative,
			@RequestParam(defaultValue = "") String principal, @RequestParam(defaultValue = "") String responsiblePersons,
			Caller caller, RedirectAttributes redirect) {
		// R-24d: the form takes names only; the API also takes id numbers, kept masked
		entries.add(type, requests.valid(new NewListEntry(subjectId, reason, basis, decidedOn, validUntil, null,
				NamedPerson.named(legalRepresentative), NamedPerson.named(principal),
				NamedPerson.listed(responsiblePersons))), caller);
		redirect.addFlashAttribute("noticeKey", "console.lists.entered");
		return "redirect:/console/lists";
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
		entries.remove(type, id, requests.valid(new ListRemoval(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "console.lists.removed");
		return "redirect:/console/lists";
	}
}
