package io.gongxin.catalog;

/** How serious a dishonest behaviour is (行为清单; the 2025 three tiers: minor, general, serious). */
public enum Severity {
	MINOR, GENERAL, SERIOUS
}
