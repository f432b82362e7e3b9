package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The published catalog (public, R-14) and the centre's list of catalog versions. */
@PageController
class CatalogPages implements PublicEndpoints {

	private final Catalogs catalogs;

	CatalogPages(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/portal/catalog")
	String published(Model model) {
		model.addAttribute("catalog", catalogs.published());
		return "portal/catalog";
	}

	@GetMapping("/console/catalog")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String versions(Model model) {
		model.addAttribute("versions", catalogs.versions());
		model.addAttribute("catalog", catalogs.published());
		return "console/catalog";
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/catalog"));
	}
}
