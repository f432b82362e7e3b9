package io.gongxin.query.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Disclosure;
import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.RequestChecks;
import io.gongxin.repair.PendingRights;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的信用: the subject's own record in full (R-20a), with the ways to object, ask deletion and apply for
 * repair on each record, and its authorizations (grant and revoke). Objections, repairs and who queried
 * the subject are sections their own modules serve.
 */
@PageController
@PreAuthorize("hasRole('SUBJECT')")
class MePages {

	private final Subjects subjects;

	private final Profiles profiles;

	private final AuthorizationsController authorizations;

	private final Catalogs catalogs;

	private final Accounts accounts;

	private final Clock clock;

	private final RequestChecks checks;

	private final PendingRights pending;

	MePages(Subjects subjects, Profiles profiles, AuthorizationsController authorizations, Catalogs catalogs,
			Accounts accounts, Clock clock, RequestChecks checks, PendingRights pending) {
		this.checks = checks;
		this.pending = pending;
		this.subjects = subjects;
		this.profiles = profiles;
		this.authorizations = authorizations;
		this.catalogs = catalogs;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/me")
	String me(Caller caller, Model model) {
		Subject subject = subjects.find(caller.actingSubject().orElseThrow())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		CatalogDocument catalog = catalogs.published();
		model.addAttribute("profile", profiles.profile(subject, caller, null, null, "PAGE"));
		model.addAttribute("catalog", catalog);
		model.addAttribute("nonPublicItems",
				catalog.items().stream().filter(i -> i.disclosure() == Disclosure.NON_PUBLIC).toList());
		model.addAttribute("authorizations", authorizations.list(caller));
		model.addAttribute("organisations", accounts.organisations());
		model.addAttribute("today", LocalDate.now(clock));
		// issue 14: no second deletion request or repair application on a record while one is pending
		model.addAttribute("pending", pending.of(subject.key()));
		return "me/index";
	}

	@PostMapping("/me/authorizations")
	String grant(@RequestParam String grantee, @RequestParam(required = false) List<String> items,
			@RequestParam String purpose, @RequestParam LocalDate validUntil, Caller caller,
			RedirectAttributes redirect) {
		authorizations.grant(checks.valid(new AuthorizationsController.Grant(grantee,
				items == null || items.isEmpty() ? null : items, purpose, validUntil)), caller);
		redirect.addFlashAttribute("noticeKey", "me.authorization.granted");
		return "redirect:/me#authorizations";
	}

	@PostMapping("/me/authorizations/{id}/revocation")
	String revoke(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		authorizations.revoke(id, caller);
		redirect.addFlashAttribute("noticeKey", "me.authorization.revoked");
		return "redirect:/me#authorizations";
	}
}
