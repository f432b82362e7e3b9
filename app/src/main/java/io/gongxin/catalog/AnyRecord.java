package io.gongxin.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RECORD: a shown record of any category matching the filter (e.g. a bribery judgment). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AnyRecord(List<String> items, List<Severity> severities, String field, String contains, String within)
		implements RecordFilter {

	public AnyRecord {
		items = items == null ? List.of() : List.copyOf(items);
		severities = severities == null ? List.of() : List.copyOf(severities);
	}

	@Override
	public String type() {
		return "RECORD";
	}
}
