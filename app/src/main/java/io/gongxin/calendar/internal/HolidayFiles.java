package io.gongxin.calendar.internal;

import java.io.IOException;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.LoadHolidayYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, loads the holiday notices shipped with the platform ({@code classpath:calendar/}) and
 * any in {@code gongxin.calendar.directory} ({@link HolidayNoticeFiles}), for each year the database does not know
 * yet. A year the centre has loaded or corrected is never overwritten by a file.
 */
@Component
@Order(0)
class HolidayFiles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolidayFiles.class);

	private final LoadHolidayYear calendar;

	private final HolidayNoticeFiles files;

	HolidayFiles(LoadHolidayYear calendar, HolidayNoticeFiles files) {
		this.calendar = calendar;
		this.files = files;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		files.forEach(this::load);
	}

	private void load(HolidayYear year, String origin) {
		if (calendar.loadIfAbsent(year, origin)) {
			log.info("Loaded holiday year {} from {}", year.year(), origin);
		}
	}
}
