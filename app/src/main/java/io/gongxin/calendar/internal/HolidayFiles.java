package io.gongxin.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.HolidayYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up, loads the holiday notices shipped with the platform ({@code classpath:calendar/}) and
 * any in {@code gongxin.calendar.directory}, for each year the database does not know yet. A year the
 * centre has loaded or corrected is never overwritten by a file.
 */
@Component
@Order(0)
class HolidayFiles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolidayFiles.class);

	private final HolidayCalendar calendar;

	private final ObjectMapper json;

	private final String directory;

	HolidayFiles(HolidayCalendar calendar, ObjectMapper json,
			@Value("${gongxin.calendar.directory:}") String directory) {
		this.calendar = calendar;
		this.json = json;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:calendar/holidays-*.json")) {
			try (InputStream in = resource.getInputStream()) {
				load(parse(json.readTree(in)), "classpath:" + resource.getFilename());
			}
		}
		if (!directory.isBlank()) {
			try (Stream<Path> files = Files.list(Path.of(directory))) {
				for (Path file : files.filter(f -> f.getFileName().toString().matches("holidays-\\d{4}\\.json")).toList()) {
					load(parse(json.readTree(file.toFile())), file.toString());
				}
			}
		}
	}

	private void load(HolidayYear year, String origin) {
		if (calendar.loadIfAbsent(year, origin)) {
			log.info("Loaded holiday year {} from {}", year.year(), origin);
		}
	}

	/** Reads the notice's JSON shape ({@code year}, {@code source}, {@code days[]} of {@code name, date, isOffDay}). */
	static HolidayYear parse(JsonNode root) {
		List<HolidayYear.Day> days = new ArrayList<>();
		for (JsonNode day : root.path("days")) {
			days.add(new HolidayYear.Day(day.path("name").asString(), LocalDate.parse(day.path("date").asString()),
					day.path("isOffDay").asBoolean()));
		}
		return new HolidayYear(root.path("year").asInt(), root.path("source").asString(), days);
	}
}
