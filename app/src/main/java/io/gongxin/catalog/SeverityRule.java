package io.gongxin.catalog;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 行为清单 for one item: its default severity, and optionally a field whose value sets the severity
 * (for a penalty, the kind of penalty).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeverityRule(@JsonProperty("default") Severity defaultSeverity, String field,
		Map<String, Severity> values) {

	public SeverityRule {
		defaultSeverity = defaultSeverity == null ? Severity.GENERAL : defaultSeverity;
		values = values == null ? null : Map.copyOf(values);
	}

	/** The severity of a record with these field values. */
	public Severity severityOf(Map<String, ?> fields) {
		if (field == null || values == null || fields == null || fields.get(field) == null) {
			return defaultSeverity;
		}
		return values.getOrDefault(String.valueOf(fields.get(field)).trim(), defaultSeverity);
	}
}
