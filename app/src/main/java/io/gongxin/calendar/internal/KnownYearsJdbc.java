package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.HolidayYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holiday years in the database, as listed and one by one (for the arithmetic: {@link YearExceptionsJdbc}). */
@Repository
class KnownYearsJdbc implements HolidayCalendar {

	private final JdbcClient jdbc;

	KnownYearsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<KnownYear> years() {
		return jdbc.sql("""
				select y.year, y.source, y.loaded_at, y.loaded_by, count(d.day) as days
				  from calendar_years y left join calendar_days d on d.year = y.year
				 group by y.year order by y.year""")
			.query((rs, row) -> new KnownYear(rs.getInt("year"), rs.getString("source"),
					rs.getObject("loaded_at", OffsetDateTime.class), rs.getString("loaded_by"), rs.getInt("days")))
			.list();
	}

	@Override
	public Optional<HolidayYear> year(int year) {
		return jdbc.sql("select source from calendar_years where year = ?")
			.param(year)
			.query(String.class)
			.optional()
			.map(source -> new HolidayYear(year, source, jdbc
				.sql("select name, day, off_day from calendar_days where year = ? order by day")
				.param(year)
				.query((rs, row) -> new HolidayYear.Day(rs.getString("name"), rs.getObject("day", LocalDate.class),
						rs.getBoolean("off_day")))
				.list()));
	}
}
