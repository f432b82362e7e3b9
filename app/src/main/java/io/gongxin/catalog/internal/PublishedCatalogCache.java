package io.gongxin.catalog.internal;

import java.util.function.Supplier;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.platform.SharedCaches;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published catalog, kept in memory on every node until a version is published on any node (new grants
 * of matters, R-18, among them): that clears it everywhere when the publication commits (ADR 0013). A transaction
 * that publishes reads its own, uncommitted version from the database and leaves the cache alone. A read on a
 * replica never fills the cache ({@link SharedCaches#get}).
 */
@Component
class PublishedCatalogCache {

	/** The cache of the published catalog, on every node (ADR 0013). */
	static final String CACHE = "catalog";

	private static final String PUBLISHED = "published";

	private final SharedCaches caches;

	PublishedCatalogCache(SharedCaches caches) {
		this.caches = caches;
	}

	CatalogDocument published(Supplier<CatalogDocument> read) {
		if (TransactionSynchronizationManager.hasResource(this)) {
			return read.get();
		}
		return caches.get(CACHE, PUBLISHED, CatalogDocument.class, read);
	}

	/** A version is published: every node drops the cache, and until it ends this transaction reads the database. */
	void versionPublished() {
		caches.changed(CACHE);
		if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PublishedCatalogCache.this);
				}
			});
		}
	}

	/** Drops this node's cached published version. */
	void forget() {
		caches.cache(CACHE).clear();
	}
}
