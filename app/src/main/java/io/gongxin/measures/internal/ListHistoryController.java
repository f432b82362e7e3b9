package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.measures.ListType;
import io.gongxin.measures.internal.ListViews.ListedSubject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A list's whole history, for the centre and auditors (R-22, R-24d). */
@RestController
@RequestMapping("/api/v1/lists/{type}/entries")
@Tag(name = "measures", description = "联合奖惩 / joint rewards and punishments")
class ListHistoryController {

	private final ListHistoryJdbc entries;

	private final ListStanding standing;

	private final Subjects subjects;

	private final Clock clock;

	ListHistoryController(ListHistoryJdbc entries, ListStanding standing, Subjects subjects, Clock clock) {
		this.entries = entries;
		this.standing = standing;
		this.subjects = subjects;
		this.clock = clock;
	}

	@GetMapping("/history")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	@Operation(summary = "名单的全部条目及其变动（中心、审计）/ every entry with its changes")
	ListHistory history(@PathVariable ListType type) {
		LocalDate today = LocalDate.now(clock);
		return new ListHistory(entries.history(type).stream().map(story -> told(story, today)).toList());
	}

	private ListHistoryEntry told(ListHistoryJdbc.Story story, LocalDate today) {
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
}
