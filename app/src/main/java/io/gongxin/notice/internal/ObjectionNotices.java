package io.gongxin.notice.internal;

import java.util.Objects;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.dispute.ObjectionDecided;
import io.gongxin.subject.Subjects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R-28 to R-30b: the notices of an objection's steps, written after the step's commit from
 * {@link ObjectionDecided} (retried from the event publication registry, written once per step and recipient). The
 * item is named by its catalog name, so no one reads "记录 96" (issue 14).
 */
@Component
class ObjectionNotices {

	private final NoticesJdbc notices;

	private final Catalogs catalogs;

	private final Subjects subjects;

	ObjectionNotices(NoticesJdbc notices, Catalogs catalogs, Subjects subjects) {
		this.notices = notices;
		this.catalogs = catalogs;
		this.subjects = subjects;
	}

	@ApplicationModuleListener
	void on(ObjectionDecided decided) {
		if (decided.step() == null) {
			return;
		}
		String itemName = catalogs.published().item(decided.item()).map(CatalogItem::name).orElse(decided.item());
		NoticeSource source = NoticeSource.objection(decided.objectionId(), decided.step().key());
		for (Told told : ObjectionNoticeTexts.of(decided, itemName, shown(decided))) {
			if (told.toSubject()) {
				notices.toSubject(source, decided.subject(), told.kind(), told.message(), decided.at());
			}
			else {
				notices.toOrganisation(source, decided.provider(), told.kind(), told.message(), decided.at());
			}
		}
	}

	/** The subject as an omission's provider is told of it: its name and its identifier as shown (masked). */
	private String shown(ObjectionDecided decided) {
		if (decided.recordId() != null || !"RECEIVED".equals(decided.step().name())) {
			return "";
		}
		return subjects.find(decided.subject())
			.map(s -> Objects.toString(s.name(), "") + "（" + s.displayIdentifier() + "）")
			.orElse("");
	}
}
