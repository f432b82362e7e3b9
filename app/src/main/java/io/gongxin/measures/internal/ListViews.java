package io.gongxin.measures.internal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.catalog.ListCriteria;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;

/** What the list endpoints answer (API.md, Measures; api-extensions for the history). */
final class ListViews {

	private ListViews() {
	}

	/** Who is listed: name and code (a person's id number masked), as the published list shows them. */
	record ListedSubject(SubjectType type, String id, String name) {

		static ListedSubject of(Subject subject) {
			return new ListedSubject(subject.type(), subject.displayIdentifier(), subject.name());
		}
	}

	/** One page of a published list, with the list's criteria. */
	record PublishedList(@JsonInclude(JsonInclude.Include.NON_NULL) ListCriteria criteria, List<PublishedEntry> entries,
			int page, int limit) {
	}

	/**
	 * An entry of the published list. R-24d: an organisation's entry names its legal representative, its principal
	 * and the directly responsible persons: names only, never an id number; absent when there are none.
	 */
	record PublishedEntry(long id, ListedSubject subject,
			@JsonInclude(JsonInclude.Include.NON_NULL) String legalRepresentative,
			@JsonInclude(JsonInclude.Include.NON_NULL) String principal,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<String> responsiblePersons, String reason, String basis,
			LocalDate decidedOn, LocalDate validUntil) {
	}

	/** The answer to a change of an entry: its id, and its status unless the centre entered it directly. */
	record ListEntryStatus(long id, @JsonInclude(JsonInclude.Include.NON_NULL) ListEntry.Status status) {
	}
}
