package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;

/**
 * What the policies look at for one subject on one day, through one matter: the matter's items, the subject's
 * shown records of those items (active, within their period, not suspended: repaired, expired, revoked and
 * deleted ones never trigger a measure), its list entries in force, and the same for the organisations it
 * represents or represented. Records of other items are left out, so no reason names them.
 */
record Situation(Subject subject, LocalDate today, CatalogDocument catalog, Set<String> items,
		List<CreditRecord> records, List<ListEntry> listed, List<Represented> represented) {

	/** An organisation the person represents or represented, and its own situation. */
	record Represented(Subject organisation, LocalDate since, LocalDate until, List<CreditRecord> records,
			List<ListEntry> listed) {

		/** Whether the person was the legal representative on the day. */
		boolean inOfficeOn(LocalDate day) {
			return !day.isBefore(since) && (until == null || !day.isAfter(until));
		}
	}

	/** The item of a record the situation holds (the subject's or a represented organisation's). */
	Optional<String> itemOf(long recordId) {
		return java.util.stream.Stream.concat(records.stream(), represented.stream().flatMap(r -> r.records().stream()))
			.filter(r -> r.id() == recordId)
			.map(CreditRecord::item)
			.findFirst();
	}

	/** Builds the situation of an organisation or person, given how to read one subject's parts. */
	static Situation of(Subject subject, LocalDate today, CatalogDocument catalog, Set<String> items,
			Function<SubjectKey, List<CreditRecord>> shown, Function<SubjectKey, List<ListEntry>> lists,
			List<Represented> represented) {
		return new Situation(subject, today, catalog, Set.copyOf(items), shown.apply(subject.key()), lists.apply(subject.key()), represented);
	}
}
