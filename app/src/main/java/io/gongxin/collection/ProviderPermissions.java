package io.gongxin.collection;

import java.util.Collection;
import java.util.Set;

/** Which catalog items each provider organisation may submit (API.md: {@code ITEM_NOT_PERMITTED} otherwise). */
public interface ProviderPermissions {

	boolean permits(String provider, String item);

	Set<String> items(String provider);

	/** The organisations that may submit the item: those that should hold a record of it (R-28 omissions). */
	Set<String> providersOf(String item);

	/** Replaces the provider's items with these. */
	void grant(String provider, Collection<String> items);
}
