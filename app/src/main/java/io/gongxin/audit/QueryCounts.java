package io.gongxin.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How many queries each matter saw, for the centre's figures. A query is not a fact other modules act on, and
 * there are millions: the log counts them itself rather than announcing each one.
 */
public interface QueryCounts {

	/**
	 * The matters most queried since then, most first; a query without a matter is counted under its channel as
	 * {@code （CHANNEL）}. Decisions and refusals are not queries.
	 */
	List<MatterQueries> byMatter(OffsetDateTime since, int limit);

	/** @param matter the matter's code, or {@code （CHANNEL）} */
	record MatterQueries(String matter, long queries) {
	}
}
