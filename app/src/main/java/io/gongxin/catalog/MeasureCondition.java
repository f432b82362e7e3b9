package io.gongxin.catalog;

import java.util.List;
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
@JsonSubTypes({ @JsonSubTypes.Type(value = Listed.class, name = "LISTED"),
		@JsonSubTypes.Type(value = DishonestRecord.class, name = "DISHONEST_RECORD"),
		@JsonSubTypes.Type(value = AnyRecord.class, name = "RECORD"),
		@JsonSubTypes.Type(value = Represents.class, name = "REPRESENTS"),
		@JsonSubTypes.Type(value = Grade.class, name = "GRADE") })
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface MeasureCondition permits Listed, RecordFilter, Grade, MeasureCondition.Unknown {

	/** The lists a condition may name (the measures module's list types). */
	Set<String> LISTS = Set.of("SERIOUS_DISHONESTY", "RED");

	/** The catalog's name of this kind of condition. */
	@JsonProperty("type")
	String type();

	/** The items the condition names: they must be items of the measure's matter. */
	default List<String> items() {
		return List.of();
	}

	/** A condition of a type the platform does not know (or none): refused by validation, never applies. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Unknown(String type) implements MeasureCondition {
	}
}
