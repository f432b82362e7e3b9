package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.measures.ListType;
import io.gongxin.measures.internal.ListViews.PublishedList;
import io.gongxin.platform.Paging;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.ReplicaReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published lists, public; their history is {@link ListHistoryController}. */
@RestController
@RequestMapping("/api/v1/lists/{type}/entries")
@Tag(name = "measures", description = "联合奖惩 / joint rewards and punishments")
class ListsController implements PublicEndpoints {

	private final PublishedLists lists;

	ListsController(PublishedLists lists) {
		this.lists = lists;
	}

	@ReplicaReads
	@GetMapping
	@Operation(summary = "公布的名单及认定标准 / the published list and its criteria")
	PublishedList list(@PathVariable ListType type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		// issue 12: the public list is paged (100 by default, at most 500), newest decision first
		return lists.page(type, Paging.of(page, limit, "limit", 100, 500));
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/lists/*/entries"));
	}
}
