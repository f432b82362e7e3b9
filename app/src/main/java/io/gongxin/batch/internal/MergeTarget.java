package io.gongxin.batch.internal;

import java.util.UUID;

/** The batch a chunk belongs to, and the catalog version its rows were checked against. */
record MergeTarget(Batch batch, String catalogVersion) {

	UUID id() {
		return batch.id();
	}

	String provider() {
		return batch.provider();
	}

	String username() {
		return batch.username();
	}

	String item() {
		return batch.item();
	}
}
