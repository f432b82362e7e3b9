package io.gongxin.calendar.internal;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.LoadHolidayYear;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Loads holiday years into the database; read back by {@link KnownYearsJdbc}. */
@Repository
class HolidayYearsJdbc implements LoadHolidayYear {

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
}
