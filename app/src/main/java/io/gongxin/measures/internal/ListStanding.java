package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.Catalogs;
import io.gongxin.measures.ListType;
import io.gongxin.query.ShownRecords;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/** Which list entries stand on a day: in force by their dates and status, and not ended by their exit rule. */
@Component
class ListStanding {

	private final ListEntryReads entries;

	private final ShownRecords shownRecords;

	private final Catalogs catalogs;

	ListStanding(ListEntryReads entries, ShownRecords shownRecords, Catalogs catalogs) {
		this.entries = entries;
		this.shownRecords = shownRecords;
		this.catalogs = catalogs;
	}

	/**
	 * Every entry of the subject (in force or not, for the policies to judge) except red-list entries its shown
	 * records have ended: judged on all of them, whatever a querier's matter lets it see.
	 */
	List<ListEntry> standingOf(SubjectKey subject, LocalDate day) {
		List<ListEntry> own = entries.of(subject);
		if (own.stream().noneMatch(e -> e.type() == ListType.RED)) {
			return own;
		}
		List<CreditRecord> shown = shownRecords.of(subject, day);
		return own.stream().filter(e -> RedListExit.endedBy(e, shown, catalogs.published()).isEmpty()).toList();
	}

	/** The record that ended the entry by the red list's exit rule, as of the day. */
	Optional<CreditRecord> endedBy(ListEntry entry, LocalDate day) {
		if (entry.type() != ListType.RED) {
			return Optional.empty();
		}
		return RedListExit.endedBy(entry, shownRecords.of(entry.subject(), day), catalogs.published());
	}
}
