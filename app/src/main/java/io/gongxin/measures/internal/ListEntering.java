package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.measures.ListEntryChanged;
import io.gongxin.measures.ListType;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of the lists: the centre enters a subject, a provider proposes one for the centre to confirm, the
 * centre removes an entry. Each change publishes {@link ListEntryChanged} in its transaction.
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
	ListViews.ListEntryStatus add(ListType type, ListEntriesController.NewListEntry entry, Caller caller) {
		// the declared subject type decides what a code valid both ways names
		Subject subject = subjects.register(entry.subjectType() == null
				? subjects.reading(identifiers.checkField(entry.subjectId(), "subjectId"), null)
				: identifiers.parseField(entry.subjectId(), "subjectId", entry.subjectType()), null);
		if (entry.validUntil().isBefore(entry.decidedOn())) {
			// a message of its own: the date is compared with the decision, not with today
			throw new DomainException(DomainException.Kind.INVALID, "VALID_UNTIL_BEFORE_DECISION",
					Map.of("field", "validUntil"), entry.validUntil(), entry.decidedOn());
		}
		ListPersons persons = persons(entry);
		if (!persons.isEmpty() && subject.type() != SubjectType.LEGAL_PERSON) {
			throw new DomainException(DomainException.Kind.INVALID, "PERSONS_FOR_ORGANISATIONS_ONLY");
		}
		boolean proposal = caller.has(Role.PROVIDER);
		ListEntry.Status status = proposal ? ListEntry.Status.PROPOSED : ListEntry.Status.ACTIVE;
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = entries.add(subject.key(), type, entry.reason().strip(), entry.basis().strip(), entry.decidedOn(),
				entry.validUntil(), persons, status, proposal ? caller.organisation() : null, now, caller.username());
		events.publishEvent(new ListEntryChanged(id, type.name(), subject.key(), status.name(), now.toInstant()));
		return new ListViews.ListEntryStatus(id, proposal ? status : null);
	}

	/** The centre confirms a provider's proposal: the entry is published. */
	@Transactional
	ListViews.ListEntryStatus confirm(ListType type, long id) {
		ListEntry entry = entry(type, id);
		ListEntry.Status confirmed = entry.confirmed();
		if (!entries.confirm(id)) {
			// another confirmation or a removal came first
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_PROPOSED");
		}
		return changed(entry, confirmed);
	}

	/** The centre removes an entry, with its reason. */
	@Transactional
	ListViews.ListEntryStatus remove(ListType type, long id, String reason, Caller caller) {
		ListEntry entry = entry(type, id);
		if (entries.remove(id, reason.strip(), OffsetDateTime.now(clock), caller.username())) {
			changed(entry, ListEntry.Status.REMOVED);
		}
		return new ListViews.ListEntryStatus(id, ListEntry.Status.REMOVED);
	}

	private ListViews.ListEntryStatus changed(ListEntry entry, ListEntry.Status status) {
		events.publishEvent(new ListEntryChanged(entry.id(), entry.type().name(), entry.subject(), status.name(),
				clock.instant()));
		return new ListViews.ListEntryStatus(entry.id(), status);
	}

	private ListEntry entry(ListType type, long id) {
		return entries.find(id)
			.filter(e -> e.type() == type)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_LIST_ENTRY", Map.of("id", id),
					String.valueOf(id)));
	}

	/** R-24d: names stripped, id numbers checked as resident ids and kept masked only. */
	private ListPersons persons(ListEntriesController.NewListEntry entry) {
		List<ListPersons.Person> responsible = new ArrayList<>();
		List<ListEntriesController.NamedPerson> given = entry.responsiblePersons() == null ? List.of()
				: entry.responsiblePersons();
		for (int i = 0; i < given.size(); i++) {
			responsible.add(person(given.get(i), "responsiblePersons[" + i + "].idNumber"));
		}
		return new ListPersons(person(entry.legalRepresentative(), "legalRepresentative.idNumber"),
				person(entry.principal(), "principal.idNumber"), responsible);
	}

	private ListPersons.Person person(ListEntriesController.NamedPerson person, String field) {
		if (person == null) {
			return null;
		}
		String masked = person.idNumber() == null || person.idNumber().isBlank() ? null
				: identifiers.parseField(person.idNumber(), field, SubjectType.NATURAL_PERSON).masked();
		return new ListPersons.Person(person.name().strip(), masked);
	}
}
