package io.gongxin.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.audit.QueryLogEntry;
import io.gongxin.audit.WhoQueried;

import org.springframework.stereotype.Component;

/** {@link WhoQueried}: the grouping behind {@code /me/queries} and the person's own report. */
@Component
class SubjectQueries implements WhoQueried {

	/** Roles whose reads are the platform's own processing of the subject's data. */
	private static final Set<String> PLATFORM_ROLES = Set.of("SUBJECT", "CENTER_ADMIN", "CENTER_OPERATOR", "SYSTEM");

	/** Channels that are processing, not a query: a provider reading back its records, a decision taken. */
	private static final Set<String> PLATFORM_CHANNELS = Set.of("RECORD_READ", "DECISION");

	private final QueryGroupLabels labels;

	private final Clock clock;

	SubjectQueries(QueryGroupLabels labels, Clock clock) {
		this.labels = labels;
		this.clock = clock;
	}

	@Override
	public Overview of(List<QueryLogEntry> newestFirst, String username, boolean sameDay) {
		Map<List<Object>, Group> others = new LinkedHashMap<>();
		Map<List<Object>, Group> own = new LinkedHashMap<>();
		int ownReads = 0;
		for (QueryLogEntry e : newestFirst) {
			boolean platform = username.equals(e.username()) || PLATFORM_ROLES.contains(e.role())
					|| PLATFORM_CHANNELS.contains(e.channel());
			if (platform) {
				ownReads++;
			}
			LocalDate day = e.at().atZoneSameInstant(clock.getZone()).toLocalDate();
			List<Object> key = java.util.Arrays.asList(e.organisation(), e.role(), e.matter(), e.purpose(), e.channel(),
					sameDay ? day : null);
			(platform ? own : others).merge(key, labels.group(e), SubjectQueries::merged);
		}
		return new Overview(new ArrayList<>(others.values()), new ArrayList<>(own.values()), ownReads);
	}

	private static Group merged(Group one, Group other) {
		return new Group(one.organisation(), one.role(), one.decisionKey(), one.matter(), one.purpose(), one.channel(),
				one.count() + other.count(), one.first().isBefore(other.first()) ? one.first() : other.first(),
				one.latest().isAfter(other.latest()) ? one.latest() : other.latest());
	}
}
