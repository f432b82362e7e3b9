package io.gongxin.measures;

import java.time.OffsetDateTime;
import java.util.List;

/** How often each measure was applied, as the authorities reported back after their checks (centre's figures). */
public interface MeasuresApplied {

	/** The measures most applied since then, most first. */
	List<Applied> since(OffsetDateTime since, int limit);

	/** @param measure the measure's code */
	record Applied(String measure, long applied) {
	}
}
