package io.gongxin.dispute.internal;

import java.io.IOException;
import java.util.TreeSet;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.FormEcho;
import io.gongxin.platform.PageController;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One objection's page for each of its parties (issue 14 points 1 and 9): the centre's staff, the provider it was
 * forwarded to, the person who filed it; anyone else gets 404 as from the API. Each reads the record as published,
 * whose it is, the statement, the evidence (downloads, never rendered inline) and the timeline with the step due.
 */
@PageController
class ObjectionCasePages {

	static final String VIEW = "objections/case";

	private final ObjectionViews views;

	private final ObjectionEvidenceController evidence;

	private final ObjectionCases cases;

	private final int reconsiderationDays;

	private final int litigationMonths;

	private final int verifyDays;

	private final ProviderPermissions providers;

	ObjectionCasePages(ObjectionViews views, ObjectionEvidenceController evidence, ObjectionCases cases, io.gongxin.calendar.RightsDeadlines deadlines,
			ProviderPermissions providers,
			@Value("${gongxin.remedies.reconsideration-days:60}") int reconsiderationDays,
			@Value("${gongxin.remedies.litigation-months:6}") int litigationMonths) {
		this.views = views;
		this.evidence = evidence;
		this.cases = cases;
		this.providers = providers;
		this.verifyDays = deadlines.verifyDays();
		this.reconsiderationDays = reconsiderationDays;
		this.litigationMonths = litigationMonths;
	}

	/** Where each party's pages live; the page links its evidence and forms under it. */
	enum Audience {
		CENTRE("/console"), PROVIDER("/provider"), SUBJECT("/me");

		final String base;

		Audience(String base) {
			this.base = base;
		}
	}

	@GetMapping("/console/objections/{id}")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String centre(@PathVariable long id, Caller caller, Model model) {
		return show(model, views.readable(id, caller), Audience.CENTRE);
	}

	@GetMapping("/provider/objections/{id}")
	@PreAuthorize("hasRole('PROVIDER')")
	String provider(@PathVariable long id, Caller caller, Model model) {
		return show(model, views.readable(id, caller), Audience.PROVIDER);
	}

	@GetMapping("/me/objections/{id}")
	@PreAuthorize("hasRole('SUBJECT')")
	String subject(@PathVariable long id, Caller caller, Model model) {
		return show(model, views.readable(id, caller), Audience.SUBJECT);
	}

	@GetMapping("/console/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	void centreEvidence(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller,
			HttpServletResponse response) throws IOException {
		evidence.download(views.readable(id, caller), attachmentId, response);
	}

	@GetMapping("/provider/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasRole('PROVIDER')")
	void providerEvidence(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller,
			HttpServletResponse response) throws IOException {
		evidence.download(views.readable(id, caller), attachmentId, response);
	}

	@GetMapping("/me/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasRole('SUBJECT')")
	void subjectEvidence(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller,
			HttpServletResponse response) throws IOException {
		evidence.download(views.readable(id, caller), attachmentId, response);
	}

	/** The page of one objection for one party; the decision pages add their confirmation or errors first. */
	String show(Model model, Objection objection, Audience audience) {
		model.addAttribute("oc", cases.of(objection));
		model.addAttribute("audience", audience.name());
		model.addAttribute("base", audience.base);
		model.addAttribute("reconsiderationDays", reconsiderationDays);
		model.addAttribute("litigationMonths", litigationMonths);
		model.addAttribute("verifyDays", verifyDays);
		if (audience == Audience.CENTRE && objection.aboutOmission()) {
			forwarding(model, objection);
		}
		return VIEW;
	}

	/**
	 * A missing record is forwarded to a provider chosen by name among those that may submit its item; after a
	 * problem the one chosen stays chosen, else the one the person named.
	 */
	private void forwarding(Model model, Objection objection) {
		model.addAttribute("forwardProviders", new TreeSet<>(providers.providersOf(objection.omission().item())));
		String chosen = objection.provider();
		if (model.getAttribute("provider") instanceof String confirming) {
			chosen = confirming;
		}
		if (model.getAttribute("typed") instanceof FormEcho echo) {
			String typed = echo.valueFor("/console/objections/" + objection.id() + "/comparison", "provider");
			chosen = typed == null ? chosen : typed;
		}
		model.addAttribute("forwardChosen", chosen);
	}
}
