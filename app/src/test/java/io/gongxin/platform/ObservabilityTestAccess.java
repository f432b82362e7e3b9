package io.gongxin.platform;

import java.util.Map;

/** {@link ObservabilityTest}'s reading of a Prometheus scrape, for tests in other packages. */
public final class ObservabilityTestAccess {

	private ObservabilityTestAccess() {
	}

	/** The sum of the series of {@code metric} that carry every label given. */
	public static double value(String scrape, String metric, Map<String, String> labels) {
		return ObservabilityTest.value(scrape, metric, labels);
	}
}
