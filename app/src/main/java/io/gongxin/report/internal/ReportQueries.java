package io.gongxin.report.internal;

import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.WhoQueried;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * who used or queried the subject, for its own report, as {@code /me/queries} groups it: others first,
 * repeats merged over the whole period with their count and first and latest time, the platform's own processing
 * apart; in the report's offset, a bounded number of lines.
 */
@Component
class ReportQueries {

	/** Lines of queries by others in a report. */
	private static final int OTHERS_SHOWN = 100;

	/** Lines of the platform's own processing: a short section, it is not what the report is about. */
	private static final int OWN_SHOWN = 20;

	/** Entries read: repeats merge, so a busy provider cannot push the others out of the report. */
	private static final int QUERIES_READ = 5000;

	private final QueryLog log;

	private final WhoQueried whoQueried;

	ReportQueries(QueryLog log, WhoQueried whoQueried) {
		this.log = log;
		this.whoQueried = whoQueried;
	}

	WhoQueried.Overview of(SubjectKey subject, Caller caller, OffsetDateTime now) {
		WhoQueried.Overview all = whoQueried.of(log.forSubject(subject, QUERIES_READ), caller.username(), false);
		return new WhoQueried.Overview(shown(all.others(), OTHERS_SHOWN, now), shown(all.own(), OWN_SHOWN, now),
				all.ownReads());
	}

	private static List<WhoQueried.Group> shown(List<WhoQueried.Group> groups, int limit, OffsetDateTime now) {
		return groups.stream()
			.limit(limit)
			.map(g -> new WhoQueried.Group(g.organisation(), g.role(), g.decisionKey(), g.matter(), g.purpose(),
					g.channel(), g.count(), at(g.first(), now), at(g.latest(), now)))
			.toList();
	}

	private static OffsetDateTime at(OffsetDateTime time, OffsetDateTime now) {
		return time.atZoneSameInstant(now.getOffset()).toOffsetDateTime();
	}
}
