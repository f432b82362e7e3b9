package io.gongxin.catalog.internal;

import java.security.Principal;
import java.util.Locale;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R-15 on the console: a version, its validation and changes against the one in force; a draft's publication. */
@PageController
class CatalogVersionPages {

	private final Catalogs catalogs;

	private final CatalogDraftText text;

	CatalogVersionPages(Catalogs catalogs, CatalogDraftText text) {
		this.catalogs = catalogs;
		this.text = text;
	}

	@GetMapping("/console/catalog/versions/{version}")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String version(@PathVariable String version, Locale locale, Model model) {
		Catalogs.VersionInfo info = catalogs.versions()
			.stream()
			.filter(v -> v.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new UnknownCatalogVersion(version));
		CatalogDocument document = catalogs.version(version).orElseThrow();
		model.addAttribute("info", info);
		model.addAttribute("document", document);
		model.addAttribute("checked", text.check(text.write(document), locale));
		model.addAttribute("changes", CatalogChanges.between(catalogs.published(), document));
		return "console/catalog-version";
	}

	@PostMapping("/console/catalog/versions/{version}/publication")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String publish(@PathVariable String version, @RequestParam(required = false) String confirm, Principal principal,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			throw new DomainException(DomainException.Kind.INVALID, "PUBLICATION_NOT_CONFIRMED", version);
		}
		catalogs.publish(version, principal.getName());
		redirect.addFlashAttribute("noticeKey", "console.catalog.publishedNow");
		return "redirect:/console/catalog";
	}
}
