package io.gongxin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move by hand; it starts at the real time and only changes when told. */
public class TestClock extends Clock {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private volatile Instant now = Instant.now();

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

	public void reset() {
		now = Instant.now();
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
