package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The published catalog (public, R-14) and the centre's list of catalog versions. */
@PageController
class CatalogPages implements PublicEndpoints {

	private final Catalogs catalogs;

	private final CatalogController api;

	CatalogPages(Catalogs catalogs, CatalogController api) {
		this.catalogs = catalogs;
		this.api = api;
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
