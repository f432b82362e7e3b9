package io.gongxin.collection.internal;

import java.util.Set;

/** The items an organisation may submit. */
record ProviderItems(String organisation, Set<String> items) {
}
