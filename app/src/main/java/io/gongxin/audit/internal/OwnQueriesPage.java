package io.gongxin.audit.internal;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Who queried me (R-20a, R-34), as the subject reads it. */
@PageController
class OwnQueriesPage {

	/** Entries read for the page: repeats merge, so a busy provider cannot push the others out of view. */
	static final int PAGE_ENTRIES = 5000;

	private final QueryLog log;

	private final SubjectQueries queries;

	OwnQueriesPage(QueryLog log, SubjectQueries queries) {
		this.log = log;
		this.queries = queries;
	}

	@GetMapping("/me/queries")
	@PreAuthorize("hasRole('SUBJECT')")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		// reads by others first; the platform's own processing (and the person's own reads) below, merged
		model.addAttribute("queries", queries.of(log.forSubject(caller.actingSubject().orElseThrow(), PAGE_ENTRIES),
				caller.username(), true));
		return htmx != null ? "me/queries :: section" : "me/queries";
	}
}
