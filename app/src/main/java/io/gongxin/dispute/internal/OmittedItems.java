package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/** R-28 for a missing record (遗漏): which catalog item it is; who should hold it is {@link OmissionRouting}'s. */
@Component
class OmittedItems {

	private final Catalogs catalogs;

	OmittedItems(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The missing record a filing objects to, its item checked. */
	Objection.Omission of(Filing filing) {
		return new Objection.Omission(item(filing.omission().item(), filing.subject()), filing.omission().description());
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
}
