package io.gongxin.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogError;
import io.gongxin.catalog.CatalogValidation;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.SharedCache;
import io.gongxin.platform.SharedCaches;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
class CatalogsJdbc implements Catalogs {

	private static final String INFO = "version, document->>'name' as name, status, created_at, created_by, published_at, published_by";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	/** The cache of the published catalog, on every node (ADR 0013). */
	static final String CACHE = "catalog";

	private static final String PUBLISHED = "published";

	private final SharedCaches caches;

	CatalogsJdbc(JdbcClient jdbc, ObjectMapper json, SharedCaches caches) {
		this.jdbc = jdbc;
		this.json = json;
		this.caches = caches;
	}

	/** Every node keeps the one published catalog until a publication anywhere clears it (ADR 0013). */
	@Configuration(proxyBeanMethods = false)
	static class Cached {

		@Bean
		SharedCache catalogCache(@Value("${gongxin.caches.max-age:PT10M}") Duration maxAge) {
			return new SharedCache(CACHE, 4, maxAge);
		}
	}

	/**
	 * The published catalog, kept in memory on every node until a version is published on any node (new grants
	 * of matters, R-18, among them): that clears it everywhere when the publication commits. A transaction that
	 * publishes reads its own, uncommitted version from the database and leaves the cache alone. A read on a
	 * replica never fills the cache ({@link SharedCaches#get}).
	 */
	@Override
	public CatalogDocument published() {
		if (TransactionSynchronizationManager.hasResource(this)) {
			return readPublished();
		}
		return caches.get(CACHE, PUBLISHED, CatalogDocument.class, this::readPublished);
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
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_CATALOG_VERSION",
					Map.of("version", version), version));
		if (!status.equals("DRAFT")) {
			throw new DomainException(DomainException.Kind.CONFLICT, "VERSION_PUBLISHED", Map.of("version", version), version);
		}
		jdbc.sql("update catalog_versions set status = 'RETIRED' where status = 'PUBLISHED'").update();
		jdbc.sql("update catalog_versions set status = 'PUBLISHED', published_at = now(), published_by = ? where version = ?")
			.params(by, version)
			.update();
		caches.changed(CACHE);
		if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
			// until it ends, this transaction reads the version it publishes, not the cache
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CatalogsJdbc.this);
				}
			});
		}
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

	/** Drops this node's cached published version. */
	void forget() {
		caches.cache(CACHE).clear();
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
