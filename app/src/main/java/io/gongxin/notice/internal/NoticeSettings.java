package io.gongxin.notice.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.gongxin.notice.NoticeChannel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notices out of the platform (issue 14, ADR 0017).
 *
 * @param smsEnabled whether notices to a person also go out by SMS (off by default)
 * @param emailEnabled whether they also go out by e-mail (off by default)
 * @param deliverEvery how often the cluster delivers what waits in the outbox
 * @param firstRetry the pause after a first failure; it doubles with each failure, up to a day
 * @param maxAttempts attempts before a notice is given up as FAILED (it stays in the platform's inbox)
 */
@ConfigurationProperties("gongxin.notices")
record NoticeSettings(@DefaultValue("false") boolean smsEnabled, @DefaultValue("false") boolean emailEnabled,
		@DefaultValue("PT10S") Duration deliverEvery, @DefaultValue("PT1M") Duration firstRetry,
		@DefaultValue("8") int maxAttempts) {

	boolean enabled(NoticeChannel channel) {
		return channel == NoticeChannel.SMS ? smsEnabled : emailEnabled;
	}

	/** The channels turned on, by name. */
	List<String> enabledChannels() {
		return Arrays.stream(NoticeChannel.values()).filter(this::enabled).map(Enum::name).toList();
	}

	Duration pauseAfter(int attempts) {
		Duration pause = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return pause.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : pause;
	}
}
