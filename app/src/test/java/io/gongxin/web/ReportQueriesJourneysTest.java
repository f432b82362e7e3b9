package io.gongxin.web;

import java.time.LocalDate;

import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 point 3 in a real browser, in the person's report: a provider opening its workspace again and
 * again does not bury a government body's one query; the query comes first, in words, the provider's reads are one
 * merged line of the platform's own processing below.
 */
class ReportQueriesJourneysTest extends BrowserJourneys {

	/** The demo person (DemoCity: the generator one past the city's seed). */
	private static final String PERSON = new SyntheticSubjects(20261122 + 1)
		.person(LocalDate.of(1980, 1, 1), LocalDate.of(1995, 12, 31))
		.id()
		.value();

	@Test
	@DisplayName("R-34 the person's report shows a government body's one query first, in words, above the provider's merged workspace reads")
	void reportShowsThirdPartyQueriesFirst() {
		browser.login("market", "market-demo");
		for (int i = 0; i < 3; i++) {
			browser.open("/provider");
			browser.waitForText("main h1", "报送工作台");
		}
		String purpose = "采购资格核查-" + Long.toString(System.nanoTime(), 36);
		browser.login("procurement", "procurement-demo");
		browser.find("#q-subject").sendKeys(PERSON);
		new Select(browser.find("#q-matter")).selectByValue("GOV_PROCUREMENT");
		browser.find("#q-purpose").sendKeys(purpose);
		browser.find("#q-purpose").submit();
		browser.waitForText("#result", "已记入查询日志");

		browser.login("person", "person-demo");
		browser.open("/reports/mine/preview");
		browser.waitForText("#report-queries-others", purpose);
		String query = browser.row("#report-queries-others tr", purpose).getText();
		assertThat(query).contains("1 次", "2026-11-20").doesNotContain("GOV_PROCUREMENT", "GOV_QUERIER", "PROFILE");
		assertThat(browser.text("#report-queries-others")).doesNotContain("提供单位核对记录");
		String reads = browser.row("#report-queries-own tr", "提供单位核对记录").getText();
		assertThat(reads).contains("市市场监督管理局").containsPattern("(\\d+) 次");
		assertThat(Integer.parseInt(reads.replaceAll("(?s).*?(\\d+) 次.*", "$1"))).isGreaterThanOrEqualTo(3);
		String body = browser.text("body");
		assertThat(body.indexOf(purpose)).isLessThan(body.indexOf("平台自身处理"));
		browser.screenshot("69-report-own-queries");
	}
}
