package io.gongxin.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 应用清单: a measure a matter applies when its condition holds. The condition is one of the kinds of
 * {@link MeasureCondition}, evaluated by named policies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(String code, MeasureKind kind, String description, String basis, MeasureCondition condition) {

	public Measure {
		condition = condition == null ? new MeasureCondition.Unknown(null) : condition;
	}

	/** 守信联合激励 / 失信联合惩戒. */
	public enum MeasureKind {
		INCENTIVE, PUNISHMENT
	}
}
