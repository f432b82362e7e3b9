package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.dispute.ObjectionMark;
import io.gongxin.dispute.Objections;
import io.gongxin.dispute.RecordObjections;
import io.gongxin.query.ShownRecords;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

@Component
class CountingRecords implements ShownRecords {

	private final Records records;

	private final Catalogs catalogs;

	private final Objections objections;

	CountingRecords(Records records, Catalogs catalogs, Objections objections) {
		this.records = records;
		this.catalogs = catalogs;
		this.objections = objections;
	}

	@Override
	public List<CreditRecord> of(SubjectKey subject, LocalDate today) {
		CatalogDocument catalog = catalogs.published();
		List<CreditRecord> active = records.activeOf(subject);
		RecordObjections on = active.isEmpty() ? RecordObjections.NONE : objections.onRecords(subject, today);
		Map<Long, ObjectionMark> marks = on.marks();
		Map<Long, String> withdrawn = on.withdrawals();
		return active.stream()
			.filter(r -> RecordVisibility.shared(r, marks.get(r.id()), withdrawn.containsKey(r.id())))
			.filter(r -> catalog.item(r.item()).map(item -> Expiry.shown(r, item, catalog, today)).orElse(false))
			.toList();
	}
}
