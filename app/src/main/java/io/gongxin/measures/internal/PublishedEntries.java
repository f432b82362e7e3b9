package io.gongxin.measures.internal;

import java.util.Objects;

import io.gongxin.measures.internal.ListViews.ListedSubject;
import io.gongxin.measures.internal.ListViews.PublishedEntry;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** What the public reads of one list entry: the subject and the persons named on it (R-24d). */
@Component
class PublishedEntries {

	private final Subjects subjects;

	PublishedEntries(Subjects subjects) {
		this.subjects = subjects;
	}

	/** R-24d: the legal representative as entered, else as registered; names only, never an id number. */
	PublishedEntry published(ListEntry entry) {
		Subject subject = subjects.find(entry.subject()).orElseThrow();
		ListPersons persons = entry.persons() == null ? new ListPersons(null, null, null) : entry.persons();
		String representative = persons.legalRepresentative() != null ? persons.legalRepresentative().name()
				: subjects.legalRepresentativeOf(subject.key()).map(Subject::name).filter(Objects::nonNull).orElse(null);
		return new PublishedEntry(entry.id(), ListedSubject.of(subject), representative, persons.principalName(),
				persons.responsibleNames(), entry.reason(), entry.basis(), entry.decidedOn(), entry.validUntil());
	}
}
