package io.gongxin.catalog.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;

/** A draft under a version name the catalog already has. */
class CatalogVersionExists extends DomainException {

	CatalogVersionExists(String version) {
		super(Kind.CONFLICT, "VERSION_EXISTS", Map.of("version", version), version);
	}
}
