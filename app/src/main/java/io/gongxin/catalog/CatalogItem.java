package io.gongxin.catalog;

import java.time.Period;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.subject.SubjectType;

/**
 * 数据清单: one kind of credit information that may be collected, with its rules.
 *
 * @param queryPeriod how long a record stays queryable after its end (ISO-8601, {@code P5Y}), or null
 * @param publicityWorkingDays for licensing and penalty items, the working days within which a decision
 * must reach the platform (双公示, 7), or null
 * @param severity for dishonest items, the behaviour list's severity rule, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogItem(String code, String name, Category category, List<SubjectType> subjectTypes,
		Disclosure disclosure, @JsonInclude(JsonInclude.Include.ALWAYS) String queryPeriod, Boolean deletableOnRequest, Integer publicityWorkingDays,
		SeverityRule severity, List<CatalogField> fields) {

	public CatalogItem {
		subjectTypes = subjectTypes == null ? List.of() : List.copyOf(subjectTypes);
		deletableOnRequest = Boolean.TRUE.equals(deletableOnRequest);
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public Optional<CatalogField> field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	/** The field whose Chinese label or English name is {@code header}. */
	public Optional<CatalogField> fieldByHeader(String header) {
		return fields.stream().filter(f -> f.name().equals(header) || f.label().equals(header)).findFirst();
	}

	@JsonIgnore
	public Optional<Period> period() {
		return Optional.ofNullable(queryPeriod).map(Period::parse);
	}

	public boolean allows(SubjectType type) {
		return subjectTypes.contains(type);
	}
}
