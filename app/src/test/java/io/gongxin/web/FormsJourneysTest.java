package io.gongxin.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.collection.BatchFixture;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 points 7 and 8 in a real browser: the tax bureau mends the error report of the demo city's partly
 * failed batch and sends it back; the centre's lists name who is listed; a failed form keeps what was typed;
 * the portal search says why it finds nothing. Screenshots 40–49.
 */
class FormsJourneysTest extends BrowserJourneys {

	/** The demo city's batch with two rejected rows (DemoCity). */
	private static final String DEMO_BATCH = "示范批次-行政处罚.csv";

	@Test
	@DisplayName("R-09a the tax bureau downloads the error report of its partly done batch, mends the two rows and sends it back")
	void theErrorReportGoesBackMended() throws Exception {
		browser.login("tax", "tax-demo");
		browser.open("/provider#batches");
		WebElement demo = browser.waitFor(d -> {
			WebElement row = row("#batches tr[data-batch]", DEMO_BATCH);
			return row != null && row.getText().contains("部分完成") ? row : null;
		});
		assertThat(demo.findElement(By.cssSelector(".badge")).getAttribute("class")).contains("warn");
		assertThat(demo.findElement(By.cssSelector(".accepted")).getText()).isEqualTo("2");
		assertThat(demo.findElement(By.cssSelector(".rejected")).getText()).isEqualTo("2");
		assertThat(browser.find("#batches tbody").getAttribute("aria-live")).isEqualTo("polite");
		String link = demo.findElement(By.cssSelector("a[href$='errors.xlsx']")).getAttribute("href");
		browser.screenshot("40-provider-partly-done");

		HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
			.header("Cookie", "SESSION=" + browser.cookie("SESSION")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(report.statusCode()).isEqualTo(200);
		List<List<String>> rows = BatchFixture.readXlsx(report.body());
		List<String> header = rows.get(0);
		assertThat(header.subList(0, 6)).containsExactly("数据标识", "主体类型", "主体标识", "主体名称", "发生日期", "终止日期");
		assertThat(header).endsWith("错误说明", "错误代码", "原行号");
		assertThat(rows).hasSize(3);
		int reasons = header.indexOf("错误说明");
		assertThat(rows.get(1).get(reasons)).isEqualTo("罚款金额（万元）：应为数字。");
		assertThat(rows.get(2).get(reasons)).isEqualTo("处罚决定日期：必填。");

		// the person mends the two cells and saves the report as it is
		rows.get(1).set(header.indexOf("罚款金额（万元）"), "2");
		rows.get(2).set(header.indexOf("处罚决定日期"), "2026-06-04");
		Path mended = Files.createTempFile("mended-report-", ".xlsx");
		Files.write(mended, BatchFixture.writeXlsx(rows));
		new Select(browser.find("#item")).selectByValue("ADMIN_PENALTY");
		browser.find("#file").sendKeys(mended.toAbsolutePath().toString());
		browser.find("#upload form button[type=submit]").click();
		browser.waitForText("main .notice", "文件已上传");
		String fileName = mended.getFileName().toString();
		WebElement done = browser.waitFor(d -> {
			WebElement row = row("#batches tr[data-batch]", fileName);
			return row != null && row.getText().contains("已完成") ? row : null;
		});
		assertThat(done.findElement(By.cssSelector(".badge")).getAttribute("class")).contains("ok");
		assertThat(done.findElement(By.cssSelector(".accepted")).getText()).isEqualTo("2");
		assertThat(done.findElement(By.cssSelector(".rejected")).getText()).isEqualTo("0");
		assertThat(done.findElements(By.cssSelector("a[href$='errors.xlsx']"))).isEmpty();
		// the mended rows are records now, once each
		// a fresh page: the upload came back to /provider, where a jump to #records alone would not reload it
		browser.open("/provider#records");
		browser.driver.navigate().refresh();
		browser.find("#records tr[data-record]");
		for (String ref : List.of("demo-batch-2", "demo-batch-4")) {
			assertThat(browser.all("#records tr[data-record]").stream().filter(r -> r.getText().contains(ref)).count())
				.isEqualTo(1);
		}
		browser.screenshot("41-provider-mended-done");
	}

	@Test
	@DisplayName("R-24 the centre's list names who is listed; a validity before the decision keeps the form and says why next to the date")
	void theListsNameWhoIsListed() {
		SyntheticSubjects city = new SyntheticSubjects(20261122);
		SyntheticOrganisation company = city.organisation();
		for (int i = 0; i < 15; i++) {
			company = city.organisation();
		}
		browser.login("center", "center-demo");
		browser.open("/console/lists");
		new Select(browser.find("#listType")).selectByValue("RED");
		browser.find("#l-subject").sendKeys(company.code().value());
		browser.find("#l-reason").sendKeys("连续三年纳税信用A级");
		browser.find("#l-basis").sendKeys("沪府规〔2026〕2号");
		date("#l-decided", "2026-10-01");
		date("#l-until", "2026-09-01");
		browser.find("#enter-form button[type=submit]").click();
		browser.waitForText("#l-until-error", "不能早于认定日期");
		assertThat(browser.text("#l-until-error")).isEqualTo("有效期至（2026-09-01）不能早于认定日期（2026-10-01）。");
		assertThat(browser.find("#l-reason").getAttribute("value")).isEqualTo("连续三年纳税信用A级");
		assertThat(browser.find("#l-subject").getAttribute("value")).isEqualTo(company.code().value());
		assertThat(new Select(browser.find("#listType")).getFirstSelectedOption().getAttribute("value")).isEqualTo("RED");
		browser.screenshot("42-console-lists-kept");

		date("#l-until", "2027-09-30");
		browser.find("#enter-form button[type=submit]").click();
		browser.waitForText("main .notice", "已列入名单");
		String code = company.code().value();
		WebElement entry = browser.waitFor(d -> row("tr[data-entry]", code));
		assertThat(entry.getText()).contains(company.name(), code, "连续三年纳税信用A级");
		browser.screenshot("43-console-lists-names");
	}

	@Test
	@DisplayName("R-26 an account without its organisation comes back with the message next to the select and what was typed")
	void theAccountFormKeepsWhatWasTyped() {
		browser.login("center", "center-demo");
		browser.open("/console/accounts");
		String username = "journey" + System.nanoTime();
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys("journey-password-1");
		new Select(browser.find("#role")).selectByValue("PROVIDER");
		browser.find("form[action='/console/accounts'] button[type=submit]").click();
		browser.waitForText(".field-error", "须属于一个已登记的机构");
		assertThat(browser.find("#username").getAttribute("value")).isEqualTo(username);
		assertThat(browser.find("#password").getAttribute("value")).isEmpty();
		assertThat(new Select(browser.find("#role")).getFirstSelectedOption().getAttribute("value")).isEqualTo("PROVIDER");
		browser.screenshot("44-console-account-kept");

		new Select(browser.find("#organisation")).selectByValue("MARKET");
		browser.find("#password").sendKeys("journey-password-1");
		browser.find("form[action='/console/accounts'] button[type=submit]").click();
		WebElement account = browser.waitFor(d -> row("table.data tr", username));
		assertThat(account.getText()).contains("市市场监督管理局");
	}

	@Test
	@DisplayName("R-05 the portal's example finds its company, words typed with a space match, and a wrong check character says so")
	void thePortalSearchSaysWhy() {
		browser.logout();
		browser.open("/");
		browser.find("#q").sendKeys("示范 科技", Keys.ENTER);
		browser.waitForText("main", "示范科技有限公司");
		browser.screenshot("45-portal-search-spaces");

		String code = new SyntheticSubjects(20261122).organisation().code().value();
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		browser.find("#q").clear();
		browser.find("#q").sendKeys(wrong, Keys.ENTER);
		browser.waitForText("main", "统一社会信用代码校验位不正确");
		assertThat(browser.text("main")).doesNotContain("没有找到");
		browser.screenshot("46-portal-search-check-character");
	}

	/** A date field set as the browser's date picker would (typing depends on the browser's locale). */
	private void date(String css, String value) {
		browser.script("arguments[0].value = arguments[1]", browser.find(css), value);
	}

	private WebElement row(String css, String text) {
		return browser.all(css).stream().filter(r -> r.getText().contains(text)).findFirst().orElse(null);
	}
}
