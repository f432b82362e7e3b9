package io.gongxin.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import io.gongxin.calendar.HolidayYear;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The holiday notices as JSON files: those shipped with the platform ({@code classpath:calendar/}), then any in
 * {@code gongxin.calendar.directory}, each read by {@link HolidayYearJson}.
 */
@Component
class HolidayNoticeFiles {

	private final ObjectMapper json;

	private final String directory;

	HolidayNoticeFiles(ObjectMapper json, @Value("${gongxin.calendar.directory:}") String directory) {
		this.json = json;
		this.directory = directory;
	}

	/** Reads each file in turn and hands its year to {@code load} with where it came from. */
	void forEach(BiConsumer<HolidayYear, String> load) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:calendar/holidays-*.json")) {
			try (InputStream in = resource.getInputStream()) {
				load.accept(HolidayYearJson.parse(json.readTree(in)), "classpath:" + resource.getFilename());
			}
		}
		if (!directory.isBlank()) {
			try (Stream<Path> files = Files.list(Path.of(directory))) {
				for (Path file : files.filter(f -> f.getFileName().toString().matches("holidays-\\d{4}\\.json")).toList()) {
					load.accept(HolidayYearJson.parse(json.readTree(file.toFile())), file.toString());
				}
			}
		}
	}
}
