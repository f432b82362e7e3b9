package io.gongxin.catalog.internal;

import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;

import org.springframework.stereotype.Component;

/**
 * R-15 on the console: the draft the centre administrator edits, and saving it only under a version it may take
 * ({@link DraftVersions}), so the page can say the version is taken instead of failing.
 */
@Component
class DraftEditing {

	private final Catalogs catalogs;

	private final DraftVersions versions;

	DraftEditing(Catalogs catalogs, DraftVersions versions) {
		this.catalogs = catalogs;
		this.versions = versions;
	}

	/** A draft to edit: the named draft, or the version in force under the next free version number. */
	CatalogDocument toEdit(String version) {
		return Optional.ofNullable(version)
			.filter(versions::isDraft)
			.flatMap(catalogs::version)
			.orElseGet(() -> catalogs.published().withVersion(versions.next()));
	}

	/** Saves the draft when its version is free or a draft's; false when it is taken. */
	boolean save(CatalogDocument draft, String by) {
		if (!versions.mayTake(draft.version())) {
			return false;
		}
		catalogs.saveDraft(draft, by);
		return true;
	}
}
