package io.gongxin.catalog;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * REPRESENTS (R-24b): while the person was legal representative of an organisation, it was put on the list or
 * received a record matching the filter; {@code for} how long that bars from its decision.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Represents(String list, List<String> items, List<Severity> severities, String field, String contains,
		String within, @JsonProperty("for") String lasting) implements RecordFilter {

	public Represents {
		items = items == null ? List.of() : List.copyOf(items);
		severities = severities == null ? List.of() : List.copyOf(severities);
	}

	@Override
	public String type() {
		return "REPRESENTS";
	}

	public Optional<Period> bar() {
		return RecordFilter.period(lasting);
	}
}
