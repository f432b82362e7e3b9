package io.gongxin.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.Organisation;
import io.gongxin.platform.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: who is reading and which workspaces they have, and organisations' names behind their
 * codes (the catalog's names are {@link CatalogNamesModel}'s).
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	private final Accounts accounts;

	PageModel(Accounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute
	void common(Caller caller, Model model) {
		model.addAttribute("caller", caller);
		model.addAttribute("workspaces", Workspace.of(caller));
		Map<String, String> names = new LinkedHashMap<>();
		for (Organisation organisation : accounts.organisations()) {
			names.put(organisation.code(), organisation.name());
		}
		model.addAttribute("organisationNames", names);
	}
}
