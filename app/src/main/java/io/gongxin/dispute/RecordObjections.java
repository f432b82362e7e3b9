package io.gongxin.dispute;

import java.util.Map;

/**
 * What the objections do to a subject's records, read together: the marks of open or disagreed objections
 * (R-30a, R-30b) and the withdrawals by upheld ones (R-29b), each by record id.
 */
public record RecordObjections(Map<Long, ObjectionMark> marks, Map<Long, String> withdrawals) {

	/** A subject without records has nothing to mark. */
	public static final RecordObjections NONE = new RecordObjections(Map.of(), Map.of());
}
