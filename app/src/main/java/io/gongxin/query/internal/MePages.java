package io.gongxin.query.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Disclosure;
import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;
import io.gongxin.query.CreditProfiles;
import io.gongxin.repair.PendingRights;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的信用: the subject's own record in full (R-20a), with the ways to object, ask deletion and apply for
 * repair on each record, and its authorizations (granted and revoked on {@link MeAuthorizationPages}).
 * Objections, repairs and who queried the subject are sections their own modules serve.
 */
@PageController
@PreAuthorize("hasRole('SUBJECT')")
class MePages {

	private final Subjects subjects;

	private final CreditProfiles profiles;

	private final OwnAuthorizations authorizations;

	private final Catalogs catalogs;

	private final Accounts accounts;

	private final Clock clock;

	private final PendingRights pending;

	MePages(Subjects subjects, CreditProfiles profiles, OwnAuthorizations authorizations, Catalogs catalogs,
			Accounts accounts, Clock clock, PendingRights pending) {
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
		model.addAttribute("authorizations", authorizations.of(caller));
		model.addAttribute("organisations", accounts.organisations());
		model.addAttribute("today", LocalDate.now(clock));
		// issue 14: no second deletion request or repair application on a record while one is pending
		model.addAttribute("pending", pending.of(subject.key()));
		return "me/index";
	}
}
