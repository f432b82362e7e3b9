package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.ReplicaReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog's versions: published and retired ones for everyone, drafts for the centre only. */
@RestController
@RequestMapping("/api/v1/catalog/versions")
@Tag(name = "catalog", description = "公共信用信息目录（三清单）/ the catalog")
class CatalogVersionsController implements PublicEndpoints {

	private final Catalogs catalogs;

	CatalogVersionsController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@ReplicaReads
	@GetMapping
	@Operation(summary = "目录各版本 / catalog versions")
	List<Catalogs.VersionInfo> versions() {
		return catalogs.versions();
	}

	@ReplicaReads
	@GetMapping("/{version}")
	@Operation(summary = "某版本目录（草稿仅中心可见）/ one version (drafts for the centre only)")
	CatalogDocument version(@PathVariable String version, Authentication authentication) {
		Catalogs.VersionInfo info = catalogs.versions()
			.stream()
			.filter(v -> v.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new UnknownCatalogVersion(version));
		boolean centre = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_CENTER_ADMIN") || a.getAuthority().equals("ROLE_CENTER_OPERATOR"));
		if (info.status() == Catalogs.Status.DRAFT && !centre) {
			throw new UnknownCatalogVersion(version);
		}
		return catalogs.version(version).orElseThrow(() -> new UnknownCatalogVersion(version));
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/catalog/versions"), Endpoint.get("/api/v1/catalog/versions/*"));
	}
}
