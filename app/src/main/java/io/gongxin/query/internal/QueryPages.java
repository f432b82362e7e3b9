package io.gongxin.query.internal;

import io.gongxin.account.Caller;
import io.gongxin.query.CreditProfiles;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The government querier's matter-bound query, from {@link QuerierPage}. The read goes through
 * {@link CreditProfiles}, so a page view is on the query log like an API call (channel {@code PAGE}).
 */
@PageController
class QueryPages {

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final CreditProfiles profiles;

	private final Catalogs catalogs;

	QueryPages(Identifiers identifiers, Subjects subjects, CreditProfiles profiles, Catalogs catalogs) {
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.profiles = profiles;
		this.catalogs = catalogs;
	}

	/** A matter-bound query: POST, so the subject's id number stays out of URLs and access logs. */
	@PostMapping("/querier/profile")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String query(@RequestParam String subjectId, @RequestParam(defaultValue = "") String matter,
			@RequestParam(defaultValue = "") String purpose, Caller caller, Model model) {
		model.addAttribute("matters", catalogs.published().mattersGrantedTo(caller.organisation()));
		model.addAttribute("subjectId", subjectId.strip());
		model.addAttribute("matter", matter);
		model.addAttribute("purpose", purpose);
		model.addAttribute("profile", profiles.profile(find(subjectId), caller, matter, purpose, "PAGE"));
		return "querier/index";
	}

	private Subject find(String id) {
		return subjects.find(identifiers.checkField(id, "subjectId"))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
	}
}
