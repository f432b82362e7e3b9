package io.gongxin.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** DISHONEST_RECORD: a shown dishonesty record matching the filter. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DishonestRecord(List<String> items, List<Severity> severities, String field, String contains,
		String within) implements RecordFilter {

	public DishonestRecord {
		items = items == null ? List.of() : List.copyOf(items);
		severities = severities == null ? List.of() : List.copyOf(severities);
	}

	@Override
	public String type() {
		return "DISHONEST_RECORD";
	}
}
