package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The loaded years' exceptions as {@link LoadedYears} reads them into a {@link WorkingDayCalendar}. */
@Repository
class YearExceptionsJdbc {

	private final JdbcClient jdbc;

	YearExceptionsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every exception of every known year, keyed by year: what the arithmetic needs. */
	Map<Integer, Map<LocalDate, Boolean>> exceptionsByYear() {
		Map<Integer, Map<LocalDate, Boolean>> byYear = new HashMap<>();
		jdbc.sql("select year from calendar_years")
			.query(Integer.class)
			.list()
			.forEach(y -> byYear.put(y, new HashMap<>()));
		jdbc.sql("select year, day, off_day from calendar_days").query((rs, row) -> {
			byYear.get(rs.getInt("year")).put(rs.getObject("day", LocalDate.class), rs.getBoolean("off_day"));
			return null;
		}).list();
		return byYear;
	}
}
