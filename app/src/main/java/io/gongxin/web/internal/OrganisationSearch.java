package io.gongxin.web.internal;

import java.util.List;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The portal's search by an organisation's name, or why a code-shaped text finds nothing (issue 14). */
@Component
class OrganisationSearch {

	/** How many organisations a search shows. */
	static final int SHOWN = 50;

	private final Subjects subjects;

	OrganisationSearch(Subjects subjects) {
		this.subjects = subjects;
	}

	/** The search page for a text that is no valid code. */
	String show(String text, IdentifierCheck check, Model model) {
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
}
