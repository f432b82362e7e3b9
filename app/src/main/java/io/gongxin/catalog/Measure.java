package io.gongxin.catalog;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 应用清单: a measure a matter applies when its condition holds. The condition is data
 * ({@code type} LISTED, DISHONEST_RECORD or GRADE with its parameters), evaluated by named policies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(String code, MeasureKind kind, String description, String basis, Map<String, Object> condition) {

	public Measure {
		condition = condition == null ? Map.of() : Map.copyOf(condition);
	}

	/** 守信联合激励 / 失信联合惩戒. */
	public enum MeasureKind {
		INCENTIVE, PUNISHMENT
	}
}
