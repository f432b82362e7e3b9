package io.gongxin.platform.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The second clearing of a cache after its notification, on a made-up nanosecond clock. */
class SecondClearingTest {

	private static final long SECOND = SecondClearing.AFTER.toNanos();

	@Test
	@DisplayName("a notified cache is cleared once more a moment later, and only once")
	void clearedOnceMoreAfterTheMoment() {
		SecondClearing again = new SecondClearing();
		again.note("catalog", 1_000);
		assertThat(again.due(1_000 + SECOND - 1)).isEmpty();
		assertThat(again.due(1_000 + SECOND)).containsExactly("catalog");
		assertThat(again.due(1_000 + 5 * SECOND)).isEmpty();
	}

	@Test
	@DisplayName("a later notification moves the second clearing on; the nanosecond clock may wrap")
	void laterNoticeMovesItOn() {
		SecondClearing again = new SecondClearing();
		long nearWrap = Long.MAX_VALUE - SECOND / 2;
		again.note("calendar", nearWrap);
		again.note("calendar", nearWrap + 10);
		assertThat(again.due(nearWrap + SECOND)).isEmpty();
		assertThat(again.due(nearWrap + 10 + SECOND)).containsExactly("calendar");
	}
}
