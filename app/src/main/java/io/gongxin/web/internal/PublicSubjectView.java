package io.gongxin.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.account.Caller;
import io.gongxin.measures.ListMemberships;
import io.gongxin.platform.ClientThrottle;
import io.gongxin.platform.DomainException;
import io.gongxin.query.CreditProfiles;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The public subject page: basic information, public records with objection marks, list status (R-16a). Read
 * through {@code query}, so it is on the query log (channel {@code PAGE}).
 */
@Component
class PublicSubjectView {

	private final Subjects subjects;

	private final CreditProfiles profiles;

	private final ListMemberships lists;

	private final Clock clock;

	private final ClientThrottle throttle;

	PublicSubjectView(Subjects subjects, CreditProfiles profiles, ListMemberships lists, Clock clock,
			ClientThrottle throttle) {
		this.subjects = subjects;
		this.profiles = profiles;
		this.lists = lists;
		this.clock = clock;
		this.throttle = throttle;
	}

	/**
	 * a code valid both ways shows the subject known under either reading. Issue 12: the page is the
	 * public view (a person's family name only), throttled for anonymous clients, and a person the platform
	 * does not know gets the same page as one with nothing public.
	 */
	String show(IdentifierCheck identifier, Caller caller, HttpServletRequest request, Model model) {
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
}
