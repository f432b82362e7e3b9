package io.gongxin.platform.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A caller's request id is kept only when it cannot flood or forge a log line. */
class AcceptedRequestIdsTest {

	@Test
	@DisplayName("a well-formed id is kept as given")
	void wellFormedIsKept() {
		assertThat(AcceptedRequestIds.accept("gateway-7f3a:42.b_1")).isEqualTo("gateway-7f3a:42.b_1");
	}

	@Test
	@DisplayName("a missing, overlong or forged id is replaced by a new one")
	void othersAreReplaced() {
		String forged = "abc\n2026-01-01 INFO forged line";
		assertThat(AcceptedRequestIds.accept(null)).matches("[0-9a-f-]{36}");
		assertThat(AcceptedRequestIds.accept("x".repeat(65))).matches("[0-9a-f-]{36}");
		assertThat(AcceptedRequestIds.accept(forged)).isNotEqualTo(forged).matches("[0-9a-f-]{36}");
	}
}
