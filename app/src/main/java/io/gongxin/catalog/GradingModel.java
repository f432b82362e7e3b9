package io.gongxin.catalog;

import java.util.List;
import java.util.Map;

/**
 * 分类分级: the published, explainable grading model. A subject starts at {@code base}; each shown
 * dishonesty record subtracts its severity's weight, each positive record (commendation, volunteering,
 * charity) adds its item's weight; every contribution halves with each {@code halfLifeDays} of age. The
 * grade is the first whose {@code min} the score reaches.
 */
public record GradingModel(Double base, Map<Severity, Double> dishonest, Map<String, Double> positive,
		Integer halfLifeDays, List<Threshold> grades) {

	/** A grade and the lowest score that earns it. */
	public record Threshold(String grade, Double min) {
	}

	public static GradingModel defaults() {
		return new GradingModel(100.0, Map.of(Severity.MINOR, 5.0, Severity.GENERAL, 15.0, Severity.SERIOUS, 40.0),
				Map.of("COMMENDATION", 5.0, "VOLUNTEER", 2.0, "CHARITY", 2.0), 730,
				List.of(new Threshold("A", 95.0), new Threshold("B", 85.0), new Threshold("C", 70.0),
						new Threshold("D", Double.NEGATIVE_INFINITY)));
	}

	public GradingModel {
		base = base == null ? 100.0 : base;
		dishonest = dishonest == null ? Map.of() : Map.copyOf(dishonest);
		positive = positive == null ? Map.of() : Map.copyOf(positive);
		halfLifeDays = halfLifeDays == null ? 730 : halfLifeDays;
		grades = grades == null ? List.of() : List.copyOf(grades);
	}

	public String gradeOf(double score) {
		return grades.stream()
			.filter(t -> t.min() == null || score >= t.min())
			.map(Threshold::grade)
			.findFirst()
			.orElse(grades.isEmpty() ? "?" : grades.get(grades.size() - 1).grade());
	}
}
