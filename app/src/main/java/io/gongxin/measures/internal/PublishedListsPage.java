package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.measures.ListType;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.ReplicaReads;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The published lists with their criteria, on the portal (R-24, public). */
@PageController
class PublishedListsPage implements PublicEndpoints {

	private final ListsController lists;

	PublishedListsPage(ListsController lists) {
		this.lists = lists;
	}

	@ReplicaReads
	@GetMapping("/portal/lists")
	String published(@RequestParam(required = false) Integer page, Model model) {
		// the same pages as the API: the newest 100 of each list per page
		model.addAttribute("lists", List.of(ListType.values()).stream()
			.map(type -> new PublishedSection(type.name(), lists.list(type, page, null)))
			.toList());
		return "portal/lists";
	}

	/** A published list on the portal page. */
	record PublishedSection(String type, ListViews.PublishedList list) {
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/lists"));
	}
}
