package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;

import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The published catalog (public, R-14) with its application list and grants, and the centre's list of catalog versions. */
@PageController
class CatalogPages implements PublicEndpoints {

	private final Catalogs catalogs;

	private final CatalogController api;

	private final Accounts accounts;

	CatalogPages(Catalogs catalogs, CatalogController api, Accounts accounts) {
		this.catalogs = catalogs;
		this.api = api;
		this.accounts = accounts;
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping("/portal/catalog")
	String published(Model model) {
		model.addAttribute("catalog", catalogs.published());
		model.addAttribute("organisations", organisationNames());
		return "portal/catalog";
	}

	/** Organisations by code, so the application list names who is granted each matter. */
	private Map<String, String> organisationNames() {
		return accounts.organisations().stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
	}

	@GetMapping("/console/catalog")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String versions(Model model) {
		model.addAttribute("versions", catalogs.versions());
		model.addAttribute("catalog", catalogs.published());
		model.addAttribute("organisations", organisationNames());
		return "console/catalog";
	}

	@PostMapping("/console/catalog/versions/{version}/publication")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String publish(@PathVariable String version, java.security.Principal principal, RedirectAttributes redirect) {
		api.publish(version, principal);
		redirect.addFlashAttribute("noticeKey", "console.catalog.publishedNow");
		return "redirect:/console/catalog";
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/catalog"));
	}
}
