package io.gongxin.query.internal;

import java.time.LocalDate;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.dispute.ObjectionMark;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;

/** Whom a record may be shown to: pure rules, used by {@link VisibleRecords} and {@link CountingRecords}. */
final class RecordVisibility {

	private RecordVisibility() {
	}

	/**
	 * Whether the view shows the record: its item is in the view and its query period runs (R-27a); and beyond
	 * the subject's own view it is not repaired (R-RP), suspended (R-30b) or withdrawn by an upheld objection
	 * (R-29b).
	 */
	static boolean shows(View view, CreditRecord record, CatalogItem item, CatalogDocument catalog, LocalDate today,
			ObjectionMark mark, boolean withdrawn) {
		if (item == null || !view.shows(item) || !Expiry.shown(record, item, catalog, today)) {
			return false;
		}
		return view.everything() || shared(record, mark, withdrawn);
	}

	/**
	 * Whether a record may be shown beyond its subject, and counted for measures and grading: not repaired (R-RP),
	 * not suspended by a missed objection deadline (R-30b), not withdrawn by an upheld objection (R-29b).
	 */
	static boolean shared(CreditRecord record, ObjectionMark mark, boolean withdrawn) {
		return record.state() == RecordState.ACTIVE && (mark == null || !mark.suspended()) && !withdrawn;
	}
}
