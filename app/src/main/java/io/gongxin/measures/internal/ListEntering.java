package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.measures.ListEntryChanged;
import io.gongxin.measures.ListType;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre enters a subject on a list, or a provider proposes one for the centre to confirm; publishes
 * {@link ListEntryChanged} in its transaction. The centre's later decisions are {@link ListEntryDecisions}.
 */
@Component
class ListEntering {

	private final ListEntriesJdbc entries;

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ListEntering(ListEntriesJdbc entries, Identifiers identifiers, Subjects subjects, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.events = events;
		this.clock = clock;
	}

	/** Enters the subject (the centre) or proposes it (a provider); answers the new entry's id and status. */
	@Transactional
	ListViews.ListEntryStatus add(ListType type, NewListEntry entry, Caller caller) {
		// the declared subject type decides what a code valid both ways names
		Subject subject = subjects.register(entry.subjectType() == null
				? subjects.reading(identifiers.checkField(entry.subjectId(), "subjectId"), null)
				: identifiers.parseField(entry.subjectId(), "subjectId", entry.subjectType()), null);
		ListPersons persons = entry.checked(identifiers, subject.type());
		boolean proposal = caller.has(Role.PROVIDER);
		ListEntry.Status status = proposal ? ListEntry.Status.PROPOSED : ListEntry.Status.ACTIVE;
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = entries.add(subject.key(), type, entry.reason().strip(), entry.basis().strip(), entry.decidedOn(),
				entry.validUntil(), persons, status, proposal ? caller.organisation() : null, now, caller.username());
		events.publishEvent(new ListEntryChanged(id, type.name(), subject.key(), status.name(), now.toInstant()));
		return new ListViews.ListEntryStatus(id, proposal ? status : null);
	}
}
