package io.gongxin.collection;

import java.util.Collection;
import java.util.Set;

/** Which catalog items each provider organisation may submit (API.md: {@code ITEM_NOT_PERMITTED} otherwise). */
public interface ProviderPermissions {

	boolean permits(String provider, String item);

	Set<String> items(String provider);

	/** Replaces the provider's items with these. */
	void grant(String provider, Collection<String> items);
}
