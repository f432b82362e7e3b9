package io.gongxin.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/** LISTED: the subject is on the list (the serious-dishonesty list when none is named). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Listed(String list) implements MeasureCondition {

	@Override
	public String type() {
		return "LISTED";
	}

	/** The list named, the serious-dishonesty list when none is. */
	public String listOrDefault() {
		return list == null ? "SERIOUS_DISHONESTY" : list;
	}
}
