package io.gongxin.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** GRADE: the subject's grade over the matter's items is one of these. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Grade(List<String> grades) implements MeasureCondition {

	public Grade {
		grades = grades == null ? List.of() : List.copyOf(grades);
	}

	@Override
	public String type() {
		return "GRADE";
	}
}
