package io.gongxin.batch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Why each failed batch failed, for the provider's table (a wrong header names its columns and the item they
 * match).
 */
@Component
class BatchProblems {

	private static final int MAX_PROBLEMS = 5;

	private final BatchErrors errors;

	BatchProblems(BatchErrors errors) {
		this.errors = errors;
	}

	/** The messages beside each failed batch's own failure code, by batch id. */
	Map<String, List<String>> of(List<Batch> shown) {
		Map<String, List<String>> problems = new HashMap<>();
		shown.stream().filter(b -> b.failure() != null).forEach(b -> problems.put(b.id().toString(),
				errors.of(b.id(), MAX_PROBLEMS).stream()
					.filter(e -> !e.error().code().equals(b.failure()))
					.map(e -> e.error().message()).distinct().toList()));
		return problems;
	}
}
