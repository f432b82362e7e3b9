package io.gongxin.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.account.Caller;
import io.gongxin.measures.ListMemberships;
import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.query.CreditProfiles;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's search by name or code and the public subject page: basic information, public records with
 * objection marks, list status (R-16a). The page shows the public view to everyone and is read through
 * {@code query}, so it is on the query log (channel {@code PAGE}).
 */
@PageController
class PortalPages implements PublicEndpoints {

	/** How many organisations a search shows. */
	static final int SHOWN = 50;

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final CreditProfiles profiles;

	private final ListMemberships lists;

	private final Clock clock;

	private final ClientThrottle throttle;

	PortalPages(Identifiers identifiers, Subjects subjects, CreditProfiles profiles, ListMemberships lists, Clock clock,
			ClientThrottle throttle) {
		this.throttle = throttle;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.profiles = profiles;
		this.lists = lists;
		this.clock = clock;
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
			return show(check, caller, request, model);
		}
		if (text.length() < 2 || text.length() > 100) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_PARAMETER", "q");
		}
		model.addAttribute("q", text);
		Optional<CodeLike> code = CodeLike.of(text, check);
		if (code.isPresent()) {
			model.addAttribute("invalidCode", code.get().messageKey());
			model.addAttribute("results", List.of());
			return "portal/search";
		}
		// one more than shown, so the page can say that the results stop at the cap
		List<Subject> found = subjects.searchOrganisations(text, SHOWN + 1, 0);
		model.addAttribute("results", found.size() > SHOWN ? found.subList(0, SHOWN) : found);
		model.addAttribute("capped", found.size() > SHOWN);
		model.addAttribute("shown", SHOWN);
		return "portal/search";
	}

	@GetMapping("/portal/subjects/{id}")
	String subject(@PathVariable String id, Caller caller, HttpServletRequest request, Model model) {
		return show(identifiers.checkField(id, "id"), caller, request, model);
	}

	/**
	 * a code valid both ways shows the subject known under either reading. Issue 12: the page is the
	 * public view (a person's family name only), throttled for anonymous clients, and a person the platform
	 * does not know gets the same page as one with nothing public.
	 */
	private String show(IdentifierCheck identifier, Caller caller, HttpServletRequest request, Model model) {
		if (caller.isAnonymous()) {
			throttle.count(ClientThrottle.Bucket.LOOKUP, request.getRemoteAddr(), "TOO_MANY_LOOKUPS");
		}
		Optional<Subject> known = subjects.find(identifier);
		Optional<SubjectIdentifier> person = identifier.as(SubjectType.NATURAL_PERSON);
		if (known.isEmpty() && person.isPresent()) {
			model.addAttribute("profile", profiles.unknownPerson((ResidentIdNumber) person.get(), null, null));
			model.addAttribute("lists", List.of());
			model.addAttribute("reportId", null);
			return "portal/subject";
		}
		Subject subject = known.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		model.addAttribute("profile", profiles.profile(subject, Caller.anonymous(), null, null, "PAGE"));
		model.addAttribute("lists", lists.inForce(subject.key(), LocalDate.now(clock)));
		model.addAttribute("reportId",
				subject.type() == SubjectType.LEGAL_PERSON ? subject.displayIdentifier() : null);
		return "portal/subject";
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.any("/portal/search"), Endpoint.get("/portal/subjects/*"));
	}
}
