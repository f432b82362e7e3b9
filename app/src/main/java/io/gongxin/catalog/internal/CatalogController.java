package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.ReplicaReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published catalog for everyone; its versions are {@link CatalogVersionsController}, drafting and
 * publishing {@link CatalogDraftsController}.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "catalog", description = "公共信用信息目录（三清单）/ the catalog")
class CatalogController implements PublicEndpoints {

	private final Catalogs catalogs;

	CatalogController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@ReplicaReads
	@GetMapping
	@Operation(summary = "现行目录 / the published catalog")
	CatalogDocument published() {
		return catalogs.published();
	}

	@ReplicaReads
	@GetMapping("/items/{code}")
	@Operation(summary = "现行目录中的信息项 / one item of the published catalog")
	CatalogItem item(@PathVariable String code) {
		return catalogs.published()
			.item(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ITEM", Map.of("item", code), code));
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/catalog"), Endpoint.get("/api/v1/catalog/items/**"));
	}
}
