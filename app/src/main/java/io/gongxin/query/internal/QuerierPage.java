package io.gongxin.query.internal;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The government querier's workspace: its forms offer only the matters granted to its body. */
@PageController
class QuerierPage {

	private final Catalogs catalogs;

	QuerierPage(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/querier")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String querier(Caller caller, Model model) {
		model.addAttribute("matters", catalogs.published().mattersGrantedTo(caller.organisation()));
		return "querier/index";
	}

	/** The result pages answer POST only; a reload or a way back lands on the form. */
	@GetMapping({ "/querier/profile", "/querier/measure-check" })
	@PreAuthorize("hasRole('GOV_QUERIER')")
	String back() {
		return "redirect:/querier";
	}
}
