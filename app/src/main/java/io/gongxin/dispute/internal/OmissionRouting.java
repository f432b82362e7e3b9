package io.gongxin.dispute.internal;

import java.util.Map;
import java.util.Set;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/** for a missing record (遗漏): which item it is, and which provider should hold it. */
@Component
class OmissionRouting {

	private final Catalogs catalogs;

	private final ProviderPermissions providers;

	OmissionRouting(Catalogs catalogs, ProviderPermissions providers) {
		this.catalogs = catalogs;
		this.providers = providers;
	}

	/** The omitted item must be in the published catalog and apply to the subject's type. */
	String item(String code, Subject subject) {
		CatalogItem item = catalogs.published().item(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ITEM", Map.of("item", code), code));
		if (!item.allows(subject.type())) {
			throw new DomainException(DomainException.Kind.INVALID, "ITEM_NOT_FOR_SUBJECT", Map.of("item", code), code);
		}
		return item.code();
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
