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

/** The published catalog (public, R-14) with its application list and grants, and the centre's list of catalog versions (drafting and publication: {@link CatalogDraftPages}). */
@PageController
class CatalogPages implements PublicEndpoints {

	private final Catalogs catalogs;

	private final Accounts accounts;

	CatalogPages(Catalogs catalogs, Accounts accounts) {
		this.catalogs = catalogs;
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

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/catalog"));
	}
}
