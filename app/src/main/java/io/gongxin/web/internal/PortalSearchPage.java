package io.gongxin.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's search by name or code: a code goes to its subject's page, a name to {@link OrganisationSearch}. */
@PageController
class PortalSearchPage implements PublicEndpoints {

	private final Identifiers identifiers;

	private final PublicSubjectView subjectView;

	private final OrganisationSearch organisations;

	PortalSearchPage(Identifiers identifiers, PublicSubjectView subjectView, OrganisationSearch organisations) {
		this.identifiers = identifiers;
		this.subjectView = subjectView;
		this.organisations = organisations;
	}

	/**
	 * Search by name or code. The portal's forms post it, so an identifier typed there never appears in a URL;
	 * an organisation's code (public) goes on to its page, a person's number shows the public page at once,
	 * without a redirect that would put the number in the address.
	 */
	@RequestMapping(path = "/portal/search", method = { RequestMethod.GET, RequestMethod.POST })
	String search(@RequestParam(defaultValue = "") String q, Caller caller, HttpServletRequest request, Model model) {
		String text = q.strip();
		IdentifierCheck check = identifiers.check(text);
		if (check.valid() && check.identifier().subjectType() == SubjectType.LEGAL_PERSON) {
			return "redirect:/portal/subjects/" + check.identifier().value();
		}
		if (check.valid()) {
			return subjectView.show(check, caller, request, model);
		}
		return organisations.show(text, check, model);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.any("/portal/search"));
	}
}
