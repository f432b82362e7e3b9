package io.gongxin.query.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.dispute.ObjectionMark;
import io.gongxin.dispute.Objections;
import io.gongxin.dispute.RecordObjections;
import io.gongxin.query.CreditProfile;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * The records of a subject one {@link View} shows, each with its objection mark (R-30a), and
 * in the subject's own view also the repaired, suspended and withdrawn ones, marked.
 */
@Component
class VisibleRecords {

	private final Records records;

	private final Objections objections;

	VisibleRecords(Records records, Objections objections) {
		this.records = records;
		this.objections = objections;
	}

	List<CreditProfile.Shown> of(SubjectKey subject, View view, CatalogDocument catalog, LocalDate today) {
		List<CreditRecord> active = records.activeOf(subject);
		RecordObjections on = active.isEmpty() ? RecordObjections.NONE : objections.onRecords(subject, today);
		return of(active, on, view, catalog, today);
	}

	/** The records on file (active or repaired) the view shows, with what the objections do to them. */
	static List<CreditProfile.Shown> of(List<CreditRecord> active, RecordObjections on, View view, CatalogDocument catalog,
			LocalDate today) {
		Map<Long, ObjectionMark> marks = on.marks();
		Map<Long, String> withdrawals = on.withdrawals();
		List<CreditProfile.Shown> shown = new ArrayList<>();
		for (CreditRecord record : active) {
			CatalogItem item = catalog.item(record.item()).orElse(null);
			ObjectionMark mark = marks.get(record.id());
			String withdrawn = withdrawals.get(record.id());
			if (RecordVisibility.shows(view, record, item, catalog, today, mark, withdrawn != null)) {
				shown.add(describe(record, item, mark, withdrawn));
			}
		}
		return shown;
	}

	static CreditProfile.Shown describe(CreditRecord record, CatalogItem item, ObjectionMark mark, String withdrawn) {
		return new CreditProfile.Shown(record.id(), record.item(), item.name(), item.category(), item.disclosure(),
				record.occurredOn(), record.endedOn(), record.provider(), record.fields(),
				mark == null ? null : new CreditProfile.Mark(mark.status(), mark.since()),
				withdrawn == null ? null : new CreditProfile.Withdrawal(withdrawn),
				record.state() == RecordState.REPAIRED ? Boolean.TRUE : null,
				mark != null && mark.suspended() ? Boolean.TRUE : null);
	}
}
