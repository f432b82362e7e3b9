package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.HolidayYear;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class HolidayYearsJdbc implements HolidayCalendar {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	HolidayYearsJdbc(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional
	public void load(HolidayYear year, String by) {
		jdbc.sql("delete from calendar_years where year = ?").param(year.year()).update();
		loadIfAbsent(year, by);
	}

	@Override
	@Transactional
	public boolean loadIfAbsent(HolidayYear year, String by) {
		int inserted = jdbc.sql("""
				insert into calendar_years (year, source, loaded_by) values (?, ?, ?)
				on conflict (year) do nothing""").params(year.year(), year.source(), by).update();
		if (inserted == 0) {
			return false;
		}
		for (HolidayYear.Day day : year.days()) {
			jdbc.sql("insert into calendar_days (day, year, off_day, name) values (?, ?, ?, ?)")
				.params(day.date(), year.year(), day.offDay(), day.name())
				.update();
		}
		events.publishEvent(new CalendarYearChanged(year.year()));
		return true;
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
