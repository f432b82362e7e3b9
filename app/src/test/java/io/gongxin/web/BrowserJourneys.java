package io.gongxin.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.gongxin.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * What every class of browser journeys shares: the platform on a random port with the demo city (one Spring context
 * and one "browser" database for them all), the test clock on 2026-11-20 10:00 in Shanghai, and one headless Chromium
 * per class. Journeys of different classes run in any order against the same demo city: each uses the demo data
 * meant for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
@TestPropertySource(properties = "gongxin.test.database=browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourneys {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	Browser browser;

	@BeforeAll
	void start() {
		clock.set(ZonedDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
		browser = Browser.start(port);
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
		if (clock != null) {
			clock.reset();
		}
	}
}
