package io.gongxin.account.internal;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait a failing client serves, as a rule (R-31: guessing passwords is slowed, never anyone locked out). */
class LoginDelaysTest {

	private final LoginDelays delays = new LoginDelays(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

	@Test
	@DisplayName("R-31: the first failures cost nothing; the threshold starts the first delay")
	void freeFailuresThenTheFirstDelay() {
		assertThat(delays.waitsAfter(4)).isFalse();
		assertThat(delays.waitsAfter(5)).isTrue();
		assertThat(delays.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R-31: each further failure doubles the wait, up to the cap, however many there are")
	void doublesUpToTheCap() {
		assertThat(delays.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(delays.delayAfter(9)).isEqualTo(Duration.ofMinutes(16));
		assertThat(delays.delayAfter(10)).isEqualTo(Duration.ofMinutes(30));
		assertThat(delays.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	@DisplayName("at least one failure is always free, whatever the setting")
	void atLeastOneFree() {
		assertThat(new LoginDelays(0, Duration.ofMinutes(1), Duration.ofMinutes(30)).waitsAfter(0)).isFalse();
	}
}
