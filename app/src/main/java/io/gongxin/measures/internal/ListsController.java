package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.gongxin.catalog.Catalogs;
import io.gongxin.measures.ListType;
import io.gongxin.measures.internal.ListViews.ListHistory;
import io.gongxin.measures.internal.ListViews.ListHistoryEntry;
import io.gongxin.measures.internal.ListViews.ListedSubject;
import io.gongxin.measures.internal.ListViews.PublishedEntry;
import io.gongxin.measures.internal.ListViews.PublishedList;
import io.gongxin.platform.Paging;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.ReplicaReads;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published lists (public) and their history (the centre and auditors). */
@RestController
@RequestMapping("/api/v1/lists/{type}/entries")
@Tag(name = "measures", description = "联合奖惩 / joint rewards and punishments")
class ListsController implements PublicEndpoints {

	private final ListEntriesJdbc entries;

	private final ListStanding standing;

	private final Subjects subjects;

	private final Catalogs catalogs;

	private final Clock clock;

	ListsController(ListEntriesJdbc entries, ListStanding standing, Subjects subjects, Catalogs catalogs, Clock clock) {
		this.entries = entries;
		this.standing = standing;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	@ReplicaReads
	@GetMapping
	@Operation(summary = "公布的名单及认定标准 / the published list and its criteria")
	PublishedList list(@PathVariable ListType type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		// issue 12: the public list is paged (100 by default, at most 500), newest decision first
		Paging paging = Paging.of(page, limit, "limit", 100, 500);
		// a red-list entry ended by a new dishonesty record has left the published list
		List<PublishedEntry> published = standing.inForce(type, LocalDate.now(clock), paging).stream()
			.map(this::published)
			.toList();
		return new PublishedList(catalogs.published().lists().get(type.name()), published, paging.page(),
				paging.limit());
	}

	@GetMapping("/history")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	@Operation(summary = "名单的全部条目及其变动（中心、审计）/ every entry with its changes")
	ListHistory history(@PathVariable ListType type) {
		LocalDate today = LocalDate.now(clock);
		return new ListHistory(entries.history(type).stream().map(story -> told(story, today)).toList());
	}

	private ListHistoryEntry told(ListEntriesJdbc.Story story, LocalDate today) {
		ListEntry entry = story.entry();
		// the centre sees when and why a red-list entry ended by its exit rule
		LocalDate endedOn = entry.inForceOn(today)
				? standing.endedBy(entry, today).map(record -> record.occurredOn()).orElse(null) : null;
		// the day it left the list, as the centre reads dates
		LocalDate removedOn = story.removedAt() == null ? null
				: story.removedAt().atZone(clock.getZone()).toLocalDate();
		return new ListHistoryEntry(entry.id(), entry.status(), entry.reason(), entry.basis(), entry.decidedOn(),
				entry.validUntil(), story.proposedBy(), story.createdAt(), story.createdBy(), story.removedAt(),
				story.removedBy(), story.removalReason(), ListedSubject.of(subjects.find(entry.subject()).orElseThrow()),
				removedOn, entry.persons(), endedOn, endedOn == null ? null : "NEW_DISHONESTY_RECORD");
	}

	/**
	 * R-24d: an organisation's entry names its legal representative (as entered, else as registered), its
	 * principal and the directly responsible persons: names only, never an id number.
	 */
	private PublishedEntry published(ListEntry entry) {
		Subject subject = subjects.find(entry.subject()).orElseThrow();
		ListPersons persons = entry.persons();
		String representative = persons != null && persons.legalRepresentative() != null
				? persons.legalRepresentative().name()
				: subjects.legalRepresentativeOf(subject.key()).map(Subject::name).filter(Objects::nonNull).orElse(null);
		String principal = persons != null && persons.principal() != null ? persons.principal().name() : null;
		List<String> responsible = persons != null && !persons.responsiblePersons().isEmpty()
				? ListPersons.names(persons.responsiblePersons()) : null;
		return new PublishedEntry(entry.id(), ListedSubject.of(subject), representative, principal, responsible,
				entry.reason(), entry.basis(), entry.decidedOn(), entry.validUntil());
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/lists/*/entries"));
	}
}
