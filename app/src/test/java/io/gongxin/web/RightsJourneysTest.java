package io.gongxin.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.Eventually;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in a real browser, as the demo person: its own reports (a preview that does not count, N of the free
 * reports, a copy beyond them confirmed first), and a deletion request confirmed by name, followed on a timeline and
 * withdrawn. Screenshots 30-39.
 */
class RightsJourneysTest extends BrowserJourneys {

	private static final Pattern USED = Pattern.compile("本年已获取 (\\d+)/(\\d+)");

	/** The person's own reports this year and the free number, as the page says them. */
	private int[] used() {
		browser.open("/me");
		browser.waitForText("#reports", "本年已获取");
		Matcher m = USED.matcher(browser.text("#reports"));
		assertThat(m.find()).isTrue();
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
	}

	@Test
	@DisplayName("R-34 the person previews its report without using a copy, sees N of its free reports, and confirms a copy beyond them")
	void reportsWithoutSurprises() {
		browser.login("person", "person-demo");
		int before = used()[0];
		browser.screenshot("30-me-reports");
		browser.find("#reports a[href='/reports/mine/preview']").click();
		browser.waitForText("body", "预览 · 不是正式信用报告");
		assertThat(browser.text("body")).contains("（预览，无编号）").doesNotContain("GX");
		browser.screenshot("31-report-preview");
		assertThat(used()[0]).isEqualTo(before);

		// the free copies (whatever other journeys used), each one counted
		while (used()[0] < used()[1]) {
			int n = used()[0];
			browser.find("#reports a[href='/reports/mine?format=html']").click();
			browser.waitForText("body", "报告编号");
			assertThat(used()[0]).isEqualTo(n + 1);
		}
		int free = used()[1];
		browser.find("#reports a[href='/reports/mine?format=html']").click();
		browser.waitForText("#report-confirmation", "已经用完");
		assertThat(browser.text("#report-confirmation")).contains("每年免费 " + free + " 份");
		browser.screenshot("32-report-confirmation");
		assertThat(used()[0]).isEqualTo(free);
		browser.find("#reports a[href='/reports/mine?format=html']").click();
		browser.find("#report-confirmation button[type=submit]").click();
		browser.waitForText("body", "报告编号");
		assertThat(browser.text("body")).contains("GX");
		assertThat(used()[0]).isEqualTo(free + 1);
	}

	private WebElement row(String css, String containing) {
		return browser.row(css, containing);
	}

	@Test
	@DisplayName("R-27b R-WD the person asks deletion on a page naming the record and saying what happens, follows it on a timeline with the days left, and withdraws it")
	void deletionConfirmedFollowedAndWithdrawn() {
		browser.login("person", "person-demo");
		// the demo's own pending request: no second request offered, withdrawable
		WebElement pending = row("#records tr[data-record]", "优秀共青团员");
		assertThat(pending.getText()).contains("删除申请处理中");
		assertThat(pending.findElements(By.xpath(".//a[contains(., '申请删除')]"))).isEmpty();
		browser.waitForText("#repairs", "优秀共青团员");

		WebElement award = row("#records tr[data-record]", "见义勇为先进个人");
		award.findElement(By.xpath(".//a[contains(., '申请删除')]")).click();
		browser.waitForText("#deletion-confirm", "表彰奖励信息：见义勇为先进个人");
		assertThat(browser.text("#deletion-confirm")).contains("2026-11-23", "2026-11-24", "可以", "撤回");
		browser.screenshot("33-deletion-confirmation");
		browser.find("#deletion-confirm button[type=submit]").click();
		browser.waitForText("main .notice", "删除申请已受理");
		assertThat(row("#records tr[data-record]", "见义勇为先进个人").getText()).contains("删除申请处理中");

		WebElement request = row("#repairs tr[data-deletion]", "见义勇为先进个人");
		assertThat(request.getText()).contains("提交删除申请", "2026-11-20", "删除（此前可撤回）", "2026-11-23", "法定删除期限",
				"2026-11-24", "待删除").containsPattern("剩 \\d+ 个工作日");
		browser.script("document.getElementById('repairs').scrollIntoView()");
		browser.screenshot("34-me-deletion-timeline");
		request.findElement(By.xpath(".//button[contains(., '撤回申请')]")).click();
		browser.waitForText("main .notice", "删除申请已撤回");
		browser.waitForText("#repairs", "已撤回");
		WebElement withdrawn = row("#repairs tr[data-deletion]", "见义勇为先进个人");
		assertThat(withdrawn.getText()).contains("已撤回申请");
		assertThat(withdrawn.findElements(By.tagName("button"))).isEmpty();
		assertThat(row("#records tr[data-record]", "见义勇为先进个人").findElements(By.xpath(".//a[contains(., '申请删除')]")))
			.hasSize(1);
		// the notice is written a moment after the withdrawal's commit (the inbox listens to the step): asked again till shown
		Eventually.holds(() -> {
			browser.open("/me");
			browser.find("#notices details");
			assertThat(browser.text("#notices")).contains("您已撤回删除「表彰奖励信息：见义勇为先进个人」的申请");
		});
		browser.script("document.getElementById('notices').scrollIntoView()");
		browser.screenshot("35-me-notices");
	}
}
