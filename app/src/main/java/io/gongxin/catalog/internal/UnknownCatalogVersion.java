package io.gongxin.catalog.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;

/** No catalog version of that name (or a draft asked for by someone who may not see drafts). */
class UnknownCatalogVersion extends DomainException {

	UnknownCatalogVersion(String version) {
		super(Kind.NOT_FOUND, "UNKNOWN_CATALOG_VERSION", Map.of("version", version), version);
	}
}
