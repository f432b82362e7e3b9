package io.gongxin.catalog.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogError;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.CatalogValidation;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The published catalog for everyone; drafting, validating and publishing for the centre administrator. */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "catalog", description = "公共信用信息目录（三清单）/ the catalog")
class CatalogController implements PublicEndpoints {

	private final Catalogs catalogs;

	CatalogController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping
	@Operation(summary = "现行目录 / the published catalog")
	CatalogDocument published() {
		return catalogs.published();
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping("/items/{code}")
	@Operation(summary = "现行目录中的信息项 / one item of the published catalog")
	CatalogItem item(@PathVariable String code) {
		return catalogs.published()
			.item(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ITEM", Map.of("item", code), code));
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping("/versions")
	@Operation(summary = "目录各版本 / catalog versions")
	List<Catalogs.VersionInfo> versions() {
		return catalogs.versions();
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping("/versions/{version}")
	@Operation(summary = "某版本目录（草稿仅中心可见）/ one version (drafts for the centre only)")
	CatalogDocument version(@PathVariable String version,
			org.springframework.security.core.Authentication authentication) {
		Catalogs.VersionInfo info = catalogs.versions()
			.stream()
			.filter(v -> v.version().equals(version))
			.findFirst()
			.orElseThrow(() -> unknown(version));
		boolean centre = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_CENTER_ADMIN") || a.getAuthority().equals("ROLE_CENTER_OPERATOR"));
		if (info.status() == Catalogs.Status.DRAFT && !centre) {
			throw unknown(version);
		}
		return catalogs.version(version).orElseThrow(() -> unknown(version));
	}

	@PostMapping("/validation")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "校验目录草稿而不保存 / validate a draft without saving it")
	ValidationAnswer validate(@RequestBody CatalogDocument document) {
		List<CatalogError> errors = CatalogValidation.validate(document);
		return new ValidationAnswer(errors.isEmpty(), errors);
	}

	/** A draft's validation: valid when no error is found. */
	record ValidationAnswer(boolean valid, List<CatalogError> errors) {
	}

	@PostMapping("/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "起草新版本目录 / draft a new version")
	Catalogs.VersionInfo draft(@RequestBody CatalogDocument document, Principal principal) {
		if (catalogs.version(String.valueOf(document.version())).isPresent()) {
			throw new DomainException(DomainException.Kind.CONFLICT, "VERSION_EXISTS", Map.of("version", document.version()),
					document.version());
		}
		return catalogs.saveDraft(document, principal.getName());
	}

	@PutMapping("/versions/{version}")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "修改目录草稿 / replace a draft")
	Catalogs.VersionInfo replace(@PathVariable String version, @RequestBody CatalogDocument document,
			Principal principal) {
		if (catalogs.version(version).isEmpty()) {
			throw unknown(version);
		}
		return catalogs.saveDraft(document.withVersion(version), principal.getName());
	}

	@PostMapping("/versions/{version}/publication")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "发布目录版本 / publish a version")
	Catalogs.VersionInfo publish(@PathVariable String version, Principal principal) {
		return catalogs.publish(version, principal.getName());
	}

	private static DomainException unknown(String version) {
		return new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_CATALOG_VERSION", Map.of("version", version), version);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/catalog"), Endpoint.get("/api/v1/catalog/items/**"),
				Endpoint.get("/api/v1/catalog/versions"), Endpoint.get("/api/v1/catalog/versions/*"));
	}
}
