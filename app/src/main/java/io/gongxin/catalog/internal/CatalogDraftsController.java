package io.gongxin.catalog.internal;

import java.security.Principal;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Drafting and publishing a catalog version: the centre administrator's. */
@RestController
@Tag(name = "catalog", description = "公共信用信息目录（三清单）/ the catalog")
class CatalogDraftsController {

	private final Catalogs catalogs;

	CatalogDraftsController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@PostMapping("/api/v1/catalog/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "起草新版本目录 / draft a new version")
	Catalogs.VersionInfo draft(@RequestBody CatalogDocument document, Principal principal) {
		if (catalogs.version(String.valueOf(document.version())).isPresent()) {
			throw new CatalogVersionExists(document.version());
		}
		return catalogs.saveDraft(document, principal.getName());
	}

	@PutMapping("/api/v1/catalog/versions/{version}")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "修改目录草稿 / replace a draft")
	Catalogs.VersionInfo replace(@PathVariable String version, @RequestBody CatalogDocument document,
			Principal principal) {
		if (catalogs.version(version).isEmpty()) {
			throw new UnknownCatalogVersion(version);
		}
		return catalogs.saveDraft(document.withVersion(version), principal.getName());
	}

	@PostMapping("/api/v1/catalog/versions/{version}/publication")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "发布目录版本 / publish a version")
	Catalogs.VersionInfo publish(@PathVariable String version, Principal principal) {
		return catalogs.publish(version, principal.getName());
	}
}
