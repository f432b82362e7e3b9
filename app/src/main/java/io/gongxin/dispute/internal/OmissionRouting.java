package io.gongxin.dispute.internal;

import java.util.Map;
import java.util.Set;

import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/** R-29 for a missing record (遗漏): which provider should hold it; the item is {@link OmittedItems}'. */
@Component
class OmissionRouting {

	private final ProviderPermissions providers;

	OmissionRouting(ProviderPermissions providers) {
		this.providers = providers;
	}

	/** The one named, if it may submit the item; else the item's only provider; else the centre chooses later. */
	String providerOf(String item, String named) {
		Set<String> holders = providers.providersOf(item);
		if (named != null) {
			return holder(item, named, holders);
		}
		return holders.size() == 1 ? holders.iterator().next() : null;
	}

	/**
	 * the provider a missing record is forwarded to, the one named if it may submit the item; checked too
	 * before the centre confirms, so a page says what is wrong at the first step.
	 */
	String forwardTo(Objection objection, String provider) {
		String item = objection.omission().item();
		if (provider == null) {
			if (objection.provider() != null) {
				return objection.provider();
			}
			throw new DomainException(DomainException.Kind.INVALID, "PROVIDER_REQUIRED", Map.of("item", item), item);
		}
		return holder(item, provider, providers.providersOf(item));
	}

	private static String holder(String item, String named, Set<String> holders) {
		if (!holders.contains(named)) {
			throw new DomainException(DomainException.Kind.INVALID, "PROVIDER_NOT_FOR_ITEM", Map.of("item", item), item);
		}
		return named;
	}
}
