package io.gongxin.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogError;
import io.gongxin.catalog.CatalogValidation;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class CatalogsJdbc implements Catalogs {

	private static final String INFO = "version, document->>'name' as name, status, created_at, created_by, published_at, published_by";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final PublishedCatalogCache cache;

	CatalogsJdbc(JdbcClient jdbc, ObjectMapper json, PublishedCatalogCache cache) {
		this.jdbc = jdbc;
		this.json = json;
		this.cache = cache;
	}

	/** The published catalog, from the cache of every node ({@link PublishedCatalogCache}). */
	@Override
	public CatalogDocument published() {
		return cache.published(this::readPublished);
	}

	private CatalogDocument readPublished() {
		return jdbc.sql("select document from catalog_versions where status = 'PUBLISHED'")
			.query(String.class)
			.optional()
			.map(this::read)
			.orElseThrow(() -> new IllegalStateException("no catalog is published"));
	}

	@Override
	public Optional<CatalogDocument> version(String version) {
		return jdbc.sql("select document from catalog_versions where version = ?")
			.param(version)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	@Override
	public List<VersionInfo> versions() {
		return jdbc.sql("select " + INFO + " from catalog_versions order by created_at, version")
			.query(CatalogsJdbc::info)
			.list();
	}

	@Override
	@Transactional
	public VersionInfo saveDraft(CatalogDocument document, String by) {
		List<CatalogError> errors = CatalogValidation.validate(document);
		if (!errors.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_CATALOG", Map.of("errors", errors),
					errors.size());
		}
		int saved = jdbc.sql("""
				insert into catalog_versions (version, status, document, created_by) values (?, 'DRAFT', cast(? as jsonb), ?)
				on conflict (version) do update set document = excluded.document, created_by = excluded.created_by,
				       created_at = now()
				 where catalog_versions.status = 'DRAFT'""")
			.params(document.version(), json.writeValueAsString(document), by)
			.update();
		if (saved == 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "VERSION_PUBLISHED", Map.of("version", document.version()),
					document.version());
		}
		return info(document.version());
	}

	@Override
	@Transactional
	public VersionInfo publish(String version, String by) {
		String status = jdbc.sql("select status from catalog_versions where version = ? for update")
			.param(version)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new UnknownCatalogVersion(version));
		if (!status.equals("DRAFT")) {
			throw new DomainException(DomainException.Kind.CONFLICT, "VERSION_PUBLISHED", Map.of("version", version), version);
		}
		jdbc.sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
		jdbc.sql("update catalog_versions set status = 'PUBLISHED', published_at = now(), published_by = ? where version = ?")
			.params(by, version)
			.update();
		cache.versionPublished();
		return info(version);
	}

	private VersionInfo info(String version) {
		return jdbc.sql("select " + INFO + " from catalog_versions where version = ?")
			.param(version)
			.query(CatalogsJdbc::info)
			.single();
	}

	private CatalogDocument read(String document) {
		return json.readValue(document, CatalogDocument.class);
	}

	private static VersionInfo info(ResultSet rs, int row) throws SQLException {
		return new VersionInfo(rs.getString("version"), rs.getString("name"), Status.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
				rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"));
	}
}
