package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.gongxin.catalog.Catalogs;
import io.gongxin.measures.ListType;
import io.gongxin.measures.internal.ListViews.ListedSubject;
import io.gongxin.measures.internal.ListViews.PublishedEntry;
import io.gongxin.measures.internal.ListViews.PublishedList;
import io.gongxin.platform.Paging;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** A page of a published list as the public reads it, with the list's criteria (R-22, R-24, R-24d). */
@Component
class PublishedLists {

	private final ListEntryReads entries;

	private final ListStanding standing;

	private final Subjects subjects;

	private final Catalogs catalogs;

	private final Clock clock;

	PublishedLists(ListEntryReads entries, ListStanding standing, Subjects subjects, Catalogs catalogs, Clock clock) {
		this.entries = entries;
		this.standing = standing;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/**
	 * a red-list entry ended by a new dishonesty record has left the published list. The page is cut in the
	 * database before that rule is applied, so a page of the red list may hold fewer entries; the next page goes on.
	 */
	PublishedList page(ListType type, Paging paging) {
		LocalDate today = LocalDate.now(clock);
		List<PublishedEntry> published = entries.inForce(type, today, paging.limit(), paging.offset())
			.stream()
			.filter(e -> standing.endedBy(e, today).isEmpty())
			.map(this::published)
			.toList();
		return new PublishedList(catalogs.published().lists().get(type.name()), published, paging.page(),
				paging.limit());
	}

	/** R-24d: the legal representative as entered, else as registered; names only, never an id number. */
	private PublishedEntry published(ListEntry entry) {
		Subject subject = subjects.find(entry.subject()).orElseThrow();
		ListPersons persons = entry.persons() == null ? new ListPersons(null, null, null) : entry.persons();
		String representative = persons.legalRepresentative() != null ? persons.legalRepresentative().name()
				: subjects.legalRepresentativeOf(subject.key()).map(Subject::name).filter(Objects::nonNull).orElse(null);
		return new PublishedEntry(entry.id(), ListedSubject.of(subject), representative, persons.principalName(),
				persons.responsibleNames(), entry.reason(), entry.basis(), entry.decidedOn(), entry.validUntil());
	}
}
