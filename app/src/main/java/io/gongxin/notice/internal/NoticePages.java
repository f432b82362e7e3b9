package io.gongxin.notice.internal;

import io.gongxin.platform.DomainException;
import io.gongxin.account.Caller;
import io.gongxin.notice.Notices;
import io.gongxin.platform.PageController;
import io.gongxin.subject.SubjectKey;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's latest notices on its page, and where it wants them sent outward (issue 14). */
@PageController
@PreAuthorize("hasRole('SUBJECT')")
class NoticePages {

	static final int SHOWN = 10;

	private final Notices notices;

	private final NoticeContacts contacts;

	private final java.time.Clock clock;

	NoticePages(Notices notices, NoticeContacts contacts, java.time.Clock clock) {
		this.notices = notices;
		this.contacts = contacts;
		this.clock = clock;
	}

	/** A notice as the page shows it, at the platform's local time. */
	record Shown(long id, String kind, String message, java.time.LocalDateTime at) {
	}

	@GetMapping("/me/notices")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		SubjectKey subject = caller.actingSubject().orElseThrow();
		model.addAttribute("notices", notices.forSubject(subject).stream().limit(SHOWN).map(n -> new Shown(n.id(), n.kind(),
				n.message(), n.createdAt().atZoneSameInstant(clock.getZone()).toLocalDateTime())).toList());
		model.addAttribute("contacts", contacts.of(subject).orElse(new Contacts(null, null)));
		return htmx != null ? "me/notices :: section" : "me/notices";
	}

	@PostMapping("/me/notice-contacts")
	String save(@RequestParam(required = false) String mobile, @RequestParam(required = false) String email,
			Caller caller, RedirectAttributes redirect) {
		if ((mobile != null && mobile.length() > 20) || (email != null && email.length() > 254)) {
			throw new DomainException(DomainException.Kind.INVALID,
					mobile != null && mobile.length() > 20 ? "INVALID_MOBILE" : "INVALID_EMAIL");
		}
		contacts.save(caller.actingSubject().orElseThrow(), new Contacts(mobile, email));
		redirect.addFlashAttribute("noticeKey", "me.notices.saved");
		return "redirect:/me#notices";
	}
}
