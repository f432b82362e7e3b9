package io.gongxin.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The catalog's versions: one published (the one records are validated against), drafts being prepared. */
public interface Catalogs {

	/** The version in force. */
	CatalogDocument published();

	Optional<CatalogDocument> version(String version);

	List<VersionInfo> versions();

	/**
	 * Saves a new draft, or replaces a draft of the same version.
	 * @throws io.gongxin.platform.DomainException {@code INVALID_CATALOG} with the errors, or
	 * {@code VERSION_PUBLISHED} when that version is already published
	 */
	VersionInfo saveDraft(CatalogDocument document, String by);

	/** Makes a validated draft the version in force; the previous one is retired. */
	VersionInfo publish(String version, String by);

	/** A version's state. */
	record VersionInfo(String version, String name, Status status, OffsetDateTime createdAt, String createdBy,
			OffsetDateTime publishedAt, String publishedBy) {
	}

	/** DRAFT until published; RETIRED when a later version is published. */
	enum Status {
		DRAFT, PUBLISHED, RETIRED
	}
}
