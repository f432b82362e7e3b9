package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.gongxin.catalog.Catalogs;
import io.gongxin.query.ShownRecords;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** Reads what the policies look at: a subject's {@link Situation} through a matter's items, on a day. */
@Component
class Situations {

	private final Catalogs catalogs;

	private final ShownRecords shownRecords;

	private final ListStanding lists;

	private final Subjects subjects;

	Situations(Catalogs catalogs, ShownRecords shownRecords, ListStanding lists, Subjects subjects) {
		this.catalogs = catalogs;
		this.shownRecords = shownRecords;
		this.lists = lists;
		this.subjects = subjects;
	}

	/**
	 * The subject as the matter may see it: only records of the matter's items count, so no reason, and no
	 * grade behind a reason, rests on a record the querier may not see.
	 */
	Situation of(Subject subject, Set<String> items, LocalDate today) {
		Function<SubjectKey, List<CreditRecord>> shown = key -> shownRecords.of(key, today)
			.stream()
			.filter(r -> items.contains(r.item()))
			.toList();
		List<Situation.Represented> represented = subjects.representedBy(subject.key())
			.stream()
			.map(r -> new Situation.Represented(subjects.find(r.organisation()).orElseThrow(), r.since(), r.until(),
					shown.apply(r.organisation()), lists.standingOf(r.organisation(), today)))
			.toList();
		return Situation.of(subject, today, catalogs.published(), items, shown, key -> lists.standingOf(key, today),
				represented);
	}
}
