package io.gongxin.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.subject.SubjectType;

/**
 * 数据清单: one kind of credit information that may be collected, with its rules.
 *
 * @param nameEn the item's English name, shown on pages read in English (Chinese when absent)
 * @param queryPeriod how long a record stays queryable after its end (ISO-8601, {@code P5Y}), or null
 * @param publicityWorkingDays for licensing and penalty items, the working days within which a decision
 * must reach the platform (双公示, 7), or null
 * @param severity for dishonest items, the behaviour list's severity rule, or null
 * @param continuing whether the act goes on until it ends (arrears, a judgment not performed): a record of it
 * without an end date is queryable until it ends, and its query period runs only from then (R-27a)
 * @param permanentBy for a dishonest item without a query period, the legal basis that keeps it queryable
 * @param legalDocument for dishonest items, the fields naming the legal document behind a record (R-11b)
 * @param collectableAfter an item collectable only some time after a date in the record, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogItem(String code, String name, String nameEn, Category category, List<SubjectType> subjectTypes,
		Disclosure disclosure, @JsonInclude(JsonInclude.Include.ALWAYS) String queryPeriod, Boolean deletableOnRequest, Integer publicityWorkingDays,
		SeverityRule severity, List<CatalogField> fields, Boolean continuing, String permanentBy,
		LegalDocument legalDocument, CollectableAfter collectableAfter) {

	public CatalogItem {
		subjectTypes = subjectTypes == null ? List.of() : List.copyOf(subjectTypes);
		deletableOnRequest = Boolean.TRUE.equals(deletableOnRequest);
		continuing = Boolean.TRUE.equals(continuing);
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	/** The item's name in this language: English when the page is English and the catalog names it, else Chinese. */
	public String nameIn(java.util.Locale locale) {
		return CatalogField.english(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
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

	/**
	 * R-27a: the day the act or event ended, from which the query period runs: the end date when given;
	 * else, for a continuing act, none yet (it still goes on); else the day it occurred.
	 */
	public Optional<LocalDate> actEnded(LocalDate occurredOn, LocalDate endedOn) {
		if (endedOn != null) {
			return Optional.of(endedOn);
		}
		return Boolean.TRUE.equals(continuing) ? Optional.empty() : Optional.ofNullable(occurredOn);
	}

	/** R-RP: the day the record's legal document was decided, when the item names that field and it holds a date. */
	public Optional<LocalDate> decidedOn(java.util.Map<String, ?> fields) {
		if (legalDocument == null || legalDocument.decidedOn() == null || fields == null) {
			return Optional.empty();
		}
		Object value = fields.get(legalDocument.decidedOn());
		try {
			return value == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(value)));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public boolean allows(SubjectType type) {
		return subjectTypes.contains(type);
	}
}
