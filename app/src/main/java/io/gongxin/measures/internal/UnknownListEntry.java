package io.gongxin.measures.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;

/** No entry of that id on that list. */
class UnknownListEntry extends DomainException {

	UnknownListEntry(long id) {
		super(Kind.NOT_FOUND, "UNKNOWN_LIST_ENTRY", Map.of("id", id), String.valueOf(id));
	}
}
