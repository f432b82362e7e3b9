package io.gongxin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests move by hand. It starts at a fixed moment, never at today's date, so the suite passes
 * in any year: {@code 2026-11-18T10:00+08:00} (a Wednesday), or the day given by the system property
 * {@code gongxin.test.clock} ({@code 2027-03-15} or {@code 2028-02-29T09:30:00+08:00}), which is how the suite
 * is run as if it were another year: {@code mvn verify -Dgongxin.test.clock=2028-02-29}.
 */
public class TestClock extends Clock {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	public static final Instant START = start(System.getProperty("gongxin.test.clock", "2026-11-18"));

	private volatile Instant now = START;

	static Instant start(String text) {
		if (text.length() == 10) {
			return java.time.LocalDate.parse(text).atTime(10, 0).atZone(SHANGHAI).toInstant();
		}
		return java.time.OffsetDateTime.parse(text).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return SHANGHAI;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void set(ZonedDateTime time) {
		now = time.toInstant();
	}

	/** Back to the suite's starting moment. */
	public void reset() {
		now = START;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
