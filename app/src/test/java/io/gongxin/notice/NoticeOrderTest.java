package io.gongxin.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notice listeners run in parallel after each step's commit, so a later step's notice may be written first and get the
 * smaller id: the inbox lists by the time of the step, newest first.
 */
@GongxinTest
class NoticeOrderTest {

	@Autowired
	Notices notices;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R-RP: the inbox lists notices by the time of their step, not by the order the listeners wrote them")
	void listedByTheTimeOfTheStep() {
		String organisation = "order-" + System.nanoTime();
		Instant earlier = Instant.parse("2026-11-18T02:00:00Z");
		write(organisation, "后一步", earlier.plusSeconds(1));
		write(organisation, "前一步", earlier);

		assertThat(notices.forOrganisation(organisation)).extracting(Notice::message).containsExactly("后一步", "前一步");
	}

	private void write(String organisation, String message, Instant at) {
		jdbc.sql("insert into notices (organisation, kind, message, created_at) values (?, 'TEST', ?, ?)")
			.params(organisation, message, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}
}
