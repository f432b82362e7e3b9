package io.gongxin.catalog;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * 应用清单: when a measure applies, one kind per record, read from the catalog's {@code condition} by its
 * {@code type} once, where the catalog is read. A type the platform does not know is kept as {@link Unknown}
 * so that {@link CatalogValidation} can name it; it never applies.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = MeasureCondition.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = MeasureCondition.Listed.class, name = "LISTED"),
		@JsonSubTypes.Type(value = MeasureCondition.DishonestRecord.class, name = "DISHONEST_RECORD"),
		@JsonSubTypes.Type(value = MeasureCondition.AnyRecord.class, name = "RECORD"),
		@JsonSubTypes.Type(value = MeasureCondition.Represents.class, name = "REPRESENTS"),
		@JsonSubTypes.Type(value = MeasureCondition.Grade.class, name = "GRADE") })
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface MeasureCondition {

	/** The lists a condition may name (the measures module's list types). */
	Set<String> LISTS = Set.of("SERIOUS_DISHONESTY", "RED");

	/** The catalog's name of this kind of condition. */
	@JsonProperty("type")
	String type();

	/** The items the condition names: they must be items of the measure's matter. */
	default List<String> items() {
		return List.of();
	}

	/** What a record must be to count: its items, severities, a field holding a text, its age. */
	sealed interface RecordFilter extends MeasureCondition {

		List<Severity> severities();

		/** The field to look in, with {@link #contains()}; null for none. */
		String field();

		String contains();

		/** How recent the record must be, as an ISO-8601 period ({@code P3Y}); null for any age. */
		String within();

		default Optional<Period> withinPeriod() {
			return period(within());
		}
	}

	/** LISTED: the subject is on the list (the serious-dishonesty list when none is named). */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Listed(String list) implements MeasureCondition {

		@Override
		public String type() {
			return "LISTED";
		}

		/** The list named, the serious-dishonesty list when none is. */
		public String listOrDefault() {
			return list == null ? "SERIOUS_DISHONESTY" : list;
		}
	}

	/** DISHONEST_RECORD: a shown dishonesty record matching the filter. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record DishonestRecord(List<String> items, List<Severity> severities, String field, String contains, String within)
			implements RecordFilter {

		public DishonestRecord {
			items = items == null ? List.of() : List.copyOf(items);
			severities = severities == null ? List.of() : List.copyOf(severities);
		}

		@Override
		public String type() {
			return "DISHONEST_RECORD";
		}
	}

	/** RECORD: a shown record of any category matching the filter (e.g. a bribery judgment). */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record AnyRecord(List<String> items, List<Severity> severities, String field, String contains, String within)
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

	/**
	 * REPRESENTS (R-24b): while the person was legal representative of an organisation, it was put on the list or
	 * received a record matching the filter; {@code for} how long that bars from its decision.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Represents(String list, List<String> items, List<Severity> severities, String field, String contains,
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
			return period(lasting);
		}
	}

	/** GRADE: the subject's grade over the matter's items is one of these. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Grade(List<String> grades) implements MeasureCondition {

		public Grade {
			grades = grades == null ? List.of() : List.copyOf(grades);
		}

		@Override
		public String type() {
			return "GRADE";
		}
	}

	/** A condition of a type the platform does not know (or none): refused by validation, never applies. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Unknown(String type) implements MeasureCondition {
	}

	/** A period the condition names; empty for none. Validation has refused one that does not parse. */
	private static Optional<Period> period(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Period.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("unvalidated period in a measure condition: " + text, ex);
		}
	}
}
