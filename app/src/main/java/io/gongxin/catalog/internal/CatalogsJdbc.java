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
import io.gongxin.platform.ProblemException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class CatalogsJdbc implements Catalogs {

	private static final String INFO = "version, document->>'name' as name, status, created_at, created_by, published_at, published_by";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	/** The published version as this node last read it, and when (System.nanoTime). */
	private record Cached(CatalogDocument document, long readAt) {
	}

	private volatile Cached published;

	private final long refreshNanos;

	CatalogsJdbc(JdbcClient jdbc, ObjectMapper json,
			@org.springframework.beans.factory.annotation.Value("${gongxin.catalog.refresh:PT10S}") java.time.Duration refresh) {
		this.jdbc = jdbc;
		this.json = json;
		this.refreshNanos = refresh.toNanos();
	}

	/**
	 * The published catalog, kept in memory; at most {@code gongxin.catalog.refresh} after another node publishes a
	 * version (new grants of matters, R-18, among them), this node sees it too: the version in force is checked again
	 * then, and the document read again only when it changed.
	 */
	@Override
	public CatalogDocument published() {
		Cached current = published;
		long now = System.nanoTime();
		if (current != null && now - current.readAt() < refreshNanos) {
			return current.document();
		}
		String inForce = jdbc.sql("select version from catalog_versions where status = 'PUBLISHED'").query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("no catalog is published"));
		CatalogDocument document = current != null && current.document().version().equals(inForce) ? current.document()
				: jdbc.sql("select document from catalog_versions where version = ?").param(inForce).query(String.class)
					.optional()
					.map(this::read)
					.orElseThrow(() -> new IllegalStateException("no catalog is published"));
		published = new Cached(document, now);
		return document;
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
			throw new ProblemException(HttpStatus.BAD_REQUEST, "INVALID_CATALOG", Map.of("errors", errors),
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
			throw new ProblemException(HttpStatus.CONFLICT, "VERSION_PUBLISHED", Map.of("version", document.version()),
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
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_CATALOG_VERSION",
					Map.of("version", version), version));
		if (!status.equals("DRAFT")) {
			throw new ProblemException(HttpStatus.CONFLICT, "VERSION_PUBLISHED", Map.of("version", version), version);
		}
		jdbc.sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
		jdbc.sql("update catalog_versions set status = 'PUBLISHED', published_at = now(), published_by = ? where version = ?")
			.params(by, version)
			.update();
		published = null;
		return info(version);
	}

	/**
	 * Installs the shipped catalog as the published version when the database has none, and publishes a newer
	 * shipped version when the one in force is an earlier shipped version (published by {@code system}, never
	 * by the centre): an installation that runs the defaults gets the defaults' fixes, as a new version,
	 * while a catalog the centre published is never replaced. One node does it: the others wait on the lock.
	 */
	@Transactional
	Installed installOrUpgrade(CatalogDocument document) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('gongxin-catalog-install'))").query().singleRow();
		long versions = jdbc.sql("select count(*) from catalog_versions").query(Long.class).single();
		if (versions == 0) {
			saveDraft(document, "system");
			publish(document.version(), "system");
			return Installed.INSTALLED;
		}
		boolean known = jdbc.sql("select count(*) from catalog_versions where version = ?").param(document.version())
			.query(Long.class).single() > 0;
		boolean shippedInForce = jdbc.sql("select count(*) from catalog_versions where status = 'PUBLISHED' and published_by = 'system'")
			.query(Long.class).single() > 0;
		if (known || !shippedInForce) {
			return Installed.NOTHING;
		}
		saveDraft(document, "system");
		publish(document.version(), "system");
		return Installed.UPGRADED;
	}

	/** Drops the cached published version (after a rolled-back publication). */
	void forget() {
		published = null;
	}

	enum Installed {
		INSTALLED, UPGRADED, NOTHING
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
