package io.gongxin.dispute.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** What an objection is about, in words: the item's name and whose record it is (issue 14: never "记录 96"). */
@Component
class ObjectionLabels {

	private final ObjectionsJdbc objections;

	private final Records records;

	private final Catalogs catalogs;

	private final Subjects subjects;

	ObjectionLabels(ObjectionsJdbc objections, Records records, Catalogs catalogs, Subjects subjects) {
		this.objections = objections;
		this.records = records;
		this.catalogs = catalogs;
		this.subjects = subjects;
	}

	record Label(String itemName, String subjectName) {
	}

	Label label(Objection objection) {
		String code = objection.aboutOmission() ? objection.omission().item()
				: records.find(objection.recordId()).map(CreditRecord::item).orElse(null);
		String itemName = code == null ? null : catalogs.published().item(code).map(CatalogItem::name).orElse(code);
		return new Label(itemName, subjects.find(objection.subject()).map(Subject::name).orElse(null));
	}

	/** The labels of the objections a queue lists, by objection id. */
	Map<Long, Label> labels(List<ObjectionView> queue) {
		Map<Long, Label> labels = new HashMap<>();
		for (ObjectionView entry : queue) {
			objections.find(entry.id()).ifPresent(objection -> labels.put(entry.id(), label(objection)));
		}
		return labels;
	}
}
