package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.catalog.Catalogs;
import io.gongxin.measures.ListType;
import io.gongxin.measures.internal.ListViews.PublishedEntry;
import io.gongxin.measures.internal.ListViews.PublishedList;
import io.gongxin.platform.Paging;

import org.springframework.stereotype.Component;

/** A page of a published list as the public reads it, with the list's criteria (R-22, R-24, R-24d). */
@Component
class PublishedLists {

	private final ListEntryReads entries;

	private final ListStanding standing;

	private final PublishedEntries views;

	private final Catalogs catalogs;

	private final Clock clock;

	PublishedLists(ListEntryReads entries, ListStanding standing, PublishedEntries views, Catalogs catalogs, Clock clock) {
		this.entries = entries;
		this.standing = standing;
		this.views = views;
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
			.map(views::published)
			.toList();
		return new PublishedList(catalogs.published().lists().get(type.name()), published, paging.page(),
				paging.limit());
	}
}
