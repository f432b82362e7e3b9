package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The objections forwarded to a provider, nearest deadline first, with the working days left (R-29b). */
@PageController
class ProviderObjectionsPage {

	private final ObjectionQueue queue;

	ProviderObjectionsPage(ObjectionQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/provider/objections")
	@PreAuthorize("hasRole('PROVIDER')")
	String forwarded(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		queue.into(caller, model);
		return htmx != null ? "provider/objections :: section" : "provider/objections";
	}
}
