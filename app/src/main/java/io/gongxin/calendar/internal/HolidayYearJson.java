package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.calendar.HolidayYear;
import tools.jackson.databind.JsonNode;

/**
 * The shape of a holiday notice file: {@code year}, {@code source}, {@code days[]} of {@code name, date, isOffDay}.
 */
final class HolidayYearJson {

	private HolidayYearJson() {
	}

	static HolidayYear parse(JsonNode root) {
		List<HolidayYear.Day> days = new ArrayList<>();
		for (JsonNode day : root.path("days")) {
			days.add(new HolidayYear.Day(day.path("name").asString(), LocalDate.parse(day.path("date").asString()),
					day.path("isOffDay").asBoolean()));
		}
		return new HolidayYear(root.path("year").asInt(), root.path("source").asString(), days);
	}
}
