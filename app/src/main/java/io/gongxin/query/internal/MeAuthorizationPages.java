package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's authorizations on 我的信用 (R-20a): granted and revoked from the page's form, checked like
 * {@code POST /authorizations}.
 */
@PageController
@PreAuthorize("hasRole('SUBJECT')")
class MeAuthorizationPages {

	private final AuthorizationGrants authorizations;

	private final OwnAuthorizations own;

	private final RequestChecks checks;

	MeAuthorizationPages(AuthorizationGrants authorizations, OwnAuthorizations own, RequestChecks checks) {
		this.authorizations = authorizations;
		this.own = own;
		this.checks = checks;
	}

	@PostMapping("/me/authorizations")
	String grant(@RequestParam String grantee, @RequestParam(required = false) List<String> items,
			@RequestParam String purpose, @RequestParam LocalDate validUntil, Caller caller,
			RedirectAttributes redirect) {
		AuthorizationRequest request = checks.valid(new AuthorizationRequest(
				grantee, items == null || items.isEmpty() ? null : items, purpose, validUntil));
		authorizations.grant(caller, request);
		redirect.addFlashAttribute("noticeKey", "me.authorization.granted");
		return "redirect:/me#authorizations";
	}

	@PostMapping("/me/authorizations/{id}/revocation")
	String revoke(@PathVariable long id, Caller caller, RedirectAttributes redirect) {
		own.revoke(caller, id);
		redirect.addFlashAttribute("noticeKey", "me.authorization.revoked");
		return "redirect:/me#authorizations";
	}
}
