package io.gongxin.evaluation;

import java.util.List;

/**
 * A subject's grade and its explanation: the base, then each record's contribution (already rounded),
 * which add up to the score exactly.
 */
public record Evaluation(String grade, double score, double base, String model, List<Contribution> contributions) {

	/** One record's part in the score: its weight, its age and what is left of the weight after decay. */
	public record Contribution(long recordId, String item, String severity, double weight, long ageDays,
			double contribution) {
	}
}
