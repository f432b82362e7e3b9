package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.measures.ListType;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The centre's view of every list entry and its history (R-22, R-24d); its forms are {@link ListEntryForms}. */
@PageController
class ListHistoryPage {

	private final ListHistoryController history;

	ListHistoryPage(ListHistoryController history) {
		this.history = history;
	}

	@GetMapping("/console/lists")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String history(Model model) {
		model.addAttribute("lists", List.of(ListType.values()).stream()
			.map(type -> new HistorySection(type.name(), history.history(type).entries()))
			.toList());
		return "console/lists";
	}

	/** A list's history on the centre's page. */
	record HistorySection(String type, List<ListHistoryEntry> history) {
	}
}
