package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.gongxin.account.Caller;
import io.gongxin.measures.ListEntryChanged;
import io.gongxin.measures.ListType;
import io.gongxin.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The centre confirms a provider's proposal or removes an entry, publishing {@link ListEntryChanged}. */
@Component
class ListEntryDecisions {

	private final ListEntriesJdbc entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ListEntryDecisions(ListEntriesJdbc entries, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	/** The centre confirms a provider's proposal: the entry is published. */
	@Transactional
	ListViews.ListEntryStatus confirm(ListType type, long id) {
		ListEntry entry = entries.find(type, id);
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
		ListEntry entry = entries.find(type, id);
		if (entries.remove(id, reason.strip(), OffsetDateTime.now(clock), caller.username())) {
			changed(entry, ListEntry.Status.REMOVED);
		}
		return new ListViews.ListEntryStatus(id, ListEntry.Status.REMOVED);
	}

	private ListViews.ListEntryStatus changed(ListEntry entry, ListEntry.Status status) {
		events.publishEvent(entry.changed(status, clock.instant()));
		return new ListViews.ListEntryStatus(entry.id(), status);
	}
}
