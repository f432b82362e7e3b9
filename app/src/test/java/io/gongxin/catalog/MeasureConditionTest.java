package io.gongxin.catalog;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** R-22 to R-24e: a measure's condition is read once, by kind, from the catalog; an unknown kind is refused. */
class MeasureConditionTest {

	final ObjectMapper json = JsonMapper.builder().build();

	MeasureCondition read(String condition) {
		return json.readValue("{\"code\": \"M\", \"kind\": \"PUNISHMENT\", \"description\": \"d\", \"basis\": \"b\", "
				+ "\"condition\": " + condition + "}", Measure.class).condition();
	}

	@Test
	@DisplayName("R-24e each kind of condition the catalog names is read into its own type")
	void eachKindIsReadIntoItsType() {
		assertThat(read("{\"type\": \"LISTED\", \"list\": \"RED\"}")).isEqualTo(new Listed("RED"));
		assertThat(read("{\"type\": \"DISHONEST_RECORD\", \"severities\": [\"SERIOUS\"], \"within\": \"P3Y\"}"))
			.isEqualTo(new DishonestRecord(null, List.of(Severity.SERIOUS), null, null, "P3Y"));
		assertThat(read("{\"type\": \"RECORD\", \"items\": [\"CRIMINAL_JUDGMENT\"], \"field\": \"charge\", \"contains\": \"行贿\"}"))
			.isEqualTo(new AnyRecord(List.of("CRIMINAL_JUDGMENT"), null, "charge", "行贿", null));
		assertThat(read("{\"type\": \"REPRESENTS\", \"list\": \"SERIOUS_DISHONESTY\", \"items\": [\"ADMIN_PENALTY\"], \"for\": \"P3Y\"}"))
			.isEqualTo(new Represents("SERIOUS_DISHONESTY", List.of("ADMIN_PENALTY"), null, null, null,
					null, "P3Y"));
		assertThat(read("{\"type\": \"GRADE\", \"grades\": [\"D\"]}")).isEqualTo(new Grade(List.of("D")));
	}

	@Test
	@DisplayName("R-24e a condition is published as it was written, with its type and only the keys it has")
	void conditionIsWrittenAsRead() {
		String written = json.writeValueAsString(read("{\"type\": \"REPRESENTS\", \"list\": \"SERIOUS_DISHONESTY\", \"for\": \"P3Y\"}"));
		assertThat(json.readTree(written)).isEqualTo(json.readTree("{\"type\": \"REPRESENTS\", \"list\": \"SERIOUS_DISHONESTY\", \"for\": \"P3Y\"}"));
		assertThat(json.readTree(json.writeValueAsString(read("{\"type\": \"DISHONEST_RECORD\"}"))))
			.isEqualTo(json.readTree("{\"type\": \"DISHONEST_RECORD\"}"));
	}

	@Test
	@DisplayName("R-24e a condition of an unknown kind, an unknown list or a bad period is a catalog validation error")
	void unknownConditionIsAValidationError() {
		assertThat(read("{\"type\": \"LUCKY\", \"items\": [\"X\"]}")).isEqualTo(new MeasureCondition.Unknown("LUCKY"));
		assertThat(codes(read("{\"type\": \"LUCKY\"}"))).containsExactly("UNKNOWN_CONDITION");
		assertThat(codes(read("{\"list\": \"RED\"}"))).containsExactly("UNKNOWN_CONDITION");
		assertThat(codes(read("{\"type\": \"LISTED\", \"list\": \"GREY\"}"))).containsExactly("UNKNOWN_LIST");
		assertThat(codes(read("{\"type\": \"DISHONEST_RECORD\", \"within\": \"three years\"}"))).containsExactly("INVALID_PERIOD");
		assertThat(codes(read("{\"type\": \"RECORD\", \"items\": [\"OTHER\"]}"))).containsExactly("ITEM_OUTSIDE_MATTER");
		assertThat(codes(read("{\"type\": \"RECORD\", \"items\": [\"PENALTY\"], \"within\": \"P3Y\"}"))).isEmpty();
	}

	private static List<String> codes(MeasureCondition condition) {
		Matter matter = new Matter("M", "事项", null, List.of("PENALTY"), List.of(), List.of());
		List<CatalogError> errors = new java.util.ArrayList<>();
		MeasureConditionCheck.check(matter, condition, "matters[0].measures[0].condition", errors);
		return errors.stream().map(CatalogError::code).toList();
	}
}
