package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One objection's page for each of its parties (issue 14 points 1 and 9): the centre's staff, the provider it was
 * forwarded to, the person who filed it; anyone else gets 404 as from the API. Each reads the record as published,
 * whose it is, the statement, the evidence (downloads, never rendered inline: {@link ObjectionEvidencePages}) and
 * the timeline with the step due.
 */
@PageController
class ObjectionCasePages {

	private final ObjectionParties parties;

	private final ObjectionCaseView caseView;

	ObjectionCasePages(ObjectionParties parties, ObjectionCaseView caseView) {
		this.parties = parties;
		this.caseView = caseView;
	}

	@GetMapping("/console/objections/{id}")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String centre(@PathVariable long id, Caller caller, Model model) {
		return caseView.show(model, parties.readable(id, caller), CaseAudience.CENTRE);
	}

	@GetMapping("/provider/objections/{id}")
	@PreAuthorize("hasRole('PROVIDER')")
	String provider(@PathVariable long id, Caller caller, Model model) {
		return caseView.show(model, parties.readable(id, caller), CaseAudience.PROVIDER);
	}

	@GetMapping("/me/objections/{id}")
	@PreAuthorize("hasRole('SUBJECT')")
	String subject(@PathVariable long id, Caller caller, Model model) {
		return caseView.show(model, parties.readable(id, caller), CaseAudience.SUBJECT);
	}
}
