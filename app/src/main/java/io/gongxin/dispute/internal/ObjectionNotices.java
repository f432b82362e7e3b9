package io.gongxin.dispute.internal;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.notice.Notices;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/** The notices of an objection's steps, naming the item by its catalog name, so no one reads "记录 96" (issue 14). */
@Component
class ObjectionNotices {

	private final Notices notices;

	private final Catalogs catalogs;

	ObjectionNotices(Notices notices, Catalogs catalogs) {
		this.notices = notices;
		this.catalogs = catalogs;
	}

	void toSubject(SubjectKey subject, String kind, String message) {
		notices.toSubject(subject, kind, message);
	}

	void toOrganisation(String organisation, String kind, String message) {
		notices.toOrganisation(organisation, kind, message);
	}

	/** The item's name in the published catalog. */
	String itemName(String code) {
		return catalogs.published().item(code).map(CatalogItem::name).orElse(code);
	}
}
