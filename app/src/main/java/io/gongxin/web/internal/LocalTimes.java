package io.gongxin.web.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants on pages in the platform's zone (Asia/Shanghai): the database hands them back in UTC. Templates
 * call it as {@code ${@localTime.format(instant)}}.
 */
@Component("localTime")
class LocalTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	LocalTimes(Clock clock) {
		this.clock = clock;
	}

	public String format(OffsetDateTime instant) {
		return instant == null ? "—" : instant.atZoneSameInstant(clock.getZone()).format(MINUTES);
	}
}
