package io.gongxin.measures.internal;

import io.gongxin.account.Caller;
import io.gongxin.measures.ListType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The lists' changes: entered and removed by the centre, proposed by providers. */
@RestController
@RequestMapping("/api/v1/lists/{type}/entries")
@Tag(name = "measures", description = "联合奖惩 / joint rewards and punishments")
class ListEntriesController {

	private final ListEntering entering;

	private final ListEntryDecisions decisions;

	ListEntriesController(ListEntering entering, ListEntryDecisions decisions) {
		this.entering = entering;
		this.decisions = decisions;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'PROVIDER')")
	@Operation(summary = "列入名单（中心），或由提供单位提请 / list a subject (centre) or propose it (provider)")
	ListViews.ListEntryStatus add(@PathVariable ListType type, @Valid @RequestBody NewListEntry entry, Caller caller) {
		return entering.add(type, entry, caller);
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "确认提供单位的提请 / confirm a provider's proposal")
	ListViews.ListEntryStatus confirm(@PathVariable ListType type, @PathVariable long id) {
		return decisions.confirm(type, id);
	}

	@PostMapping("/{id}/removal")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "移出名单 / remove from the list")
	ListViews.ListEntryStatus remove(@PathVariable ListType type, @PathVariable long id, @Valid @RequestBody ListRemoval removal,
			Caller caller) {
		return decisions.remove(type, id, removal.reason(), caller);
	}
}
