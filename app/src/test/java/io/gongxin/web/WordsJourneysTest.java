package io.gongxin.web;

import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words instead of codes, in a real browser against the demo city (issue 14): the dashboard's charts name
 * what they count and carry a table; the public catalog in Chinese and English; a problem's message with its
 * 详情 line; a page not found still knows who is signed in; the verify page compares the digest itself; the
 * person's page on a 390 px phone. Screenshots 50-59.
 */
class WordsJourneysTest extends BrowserJourneys {

	/** The demo city's first organisation: it has a public penalty, so anyone may get its report. */
	private static final SyntheticOrganisation FIRST = new SyntheticSubjects(20261122).organisation();

	@Test
	@DisplayName("the dashboard's charts name providers in words and each has a table with the same numbers")
	void dashboardChartsNameAndTabulate() {
		browser.login("center", "center-demo");
		browser.open("/console?lang=zh_CN");
		browser.waitFor(d -> !d.findElements(By.cssSelector("#chart-records svg")).isEmpty());
		String legend = browser.text("#chart-records");
		assertThat(legend).contains("市市场监督管理局").doesNotContain("MARKET");
		assertThat(browser.text("#chart-late")).doesNotContain("MARKET");
		assertThat(browser.all("details.chart-table table")).hasSize(5);
		for (WebElement summary : browser.all("details.chart-table summary")) {
			summary.click();
		}
		String records = browser.text("#h-records + .chart + details table");
		assertThat(records).contains("市市场监督管理局", "提供单位", "归集量").doesNotContain("MARKET");
		browser.screenshot("50-console-dashboard-names");
	}

	@Test
	@DisplayName("R-15 the public catalog names items and periods in Chinese, and in English on an English page")
	void catalogInBothLanguages() {
		browser.logout();
		browser.open("/portal/catalog?lang=zh_CN");
		browser.find("td[data-item='ADMIN_PENALTY'] ~ td summary").click();
		String zh = browser.text("main");
		assertThat(zh).contains("行政处罚信息", "处罚机关", "5 年", "市政府采购中心").doesNotContain("P5Y");
		assertThat(browser.text("td[data-item='ADMIN_PENALTY']")).isEqualTo("行政处罚信息");
		// the code a provider's submission uses stays, labelled as such, folded away with the fields
		assertThat(browser.text("td[data-item='ADMIN_PENALTY'] ~ td .technical")).isEqualTo("报送接口中的代码：ADMIN_PENALTY");
		browser.screenshot("51-portal-catalog-zh");
		browser.find("a[lang=en]").click();
		browser.waitForText("main h1", "Catalog");
		browser.find("td[data-item='ADMIN_PENALTY'] ~ td summary").click();
		String en = browser.text("main");
		assertThat(en).contains("Administrative penalties", "Penalising authority", "5 years", "Government procurement")
			.doesNotContain("P5Y", "行政处罚信息");
		assertThat(browser.text("td[data-item='ADMIN_PENALTY']")).isEqualTo("Administrative penalties");
		browser.screenshot("52-portal-catalog-en");
		browser.open("/portal/catalog?lang=zh_CN");
	}

	@Test
	@DisplayName("a refused action shows its message in words, then a small 详情 line with the problem's code")
	void problemAfterAnAction() {
		browser.login("center", "center-demo");
		browser.open("/console/accounts?lang=zh_CN");
		WebElement own = browser.find("main table.data tbody").findElements(By.tagName("tr")).stream()
			.filter(row -> row.findElement(By.tagName("td")).getText().equals("center"))
			.findFirst().orElseThrow();
		own.findElement(By.name("reason")).sendKeys("试图停用自己");
		java.util.List<WebElement> forms = own.findElements(By.tagName("form"));
		forms.get(forms.size() - 1).findElement(By.cssSelector("button[type=submit]")).click();
		browser.waitForText(".problem", "不能停用");
		assertThat(browser.text(".problem .error")).contains("不能停用自己正在使用的账户").doesNotContain("CANNOT_DISABLE_SELF");
		assertThat(browser.text(".problem .problem-details")).startsWith("详情").contains("CANNOT_DISABLE_SELF");
		browser.screenshot("53-problem-details");
	}

	@Test
	@DisplayName("a page not found, read by a signed-in person, shows their name and 退出, not 登录")
	void notFoundWhenSignedIn() {
		browser.login("person", "person-demo");
		browser.open("/me/no-such-page?lang=zh_CN");
		browser.waitForText("main h1", "");
		String header = browser.text("header.site");
		assertThat(header).contains("person", "退出", "我的信用").doesNotContain("登录");
		assertThat(browser.text("main")).contains("详情");
		browser.screenshot("54-not-found-signed-in");
	}

	@Test
	@DisplayName("R-34 the verify page compares a pasted digest by itself: 一致, or 不一致 for one changed character")
	void verifyComparesTheDigest() {
		browser.logout();
		browser.open("/reports/subject?id=" + FIRST.code().value() + "&lang=zh_CN");
		String number = browser.text("table.meta td");
		String digest = browser.text("span.digest").strip();
		assertThat(digest).matches("[0-9a-f]{64}");
		browser.open("/portal/verify?lang=zh_CN");
		browser.find("#number").sendKeys(number);
		browser.find("#digest").sendKeys(digest.toUpperCase(java.util.Locale.ROOT).replaceAll("(.{8})", "$1 "));
		browser.find("main form button[type=submit]").click();
		browser.waitForText("#verification", "一致");
		assertThat(browser.text("#digest-comparison")).startsWith("一致").doesNotContain("不一致");
		assertThat(browser.text("#verification code.digest")).contains(digest.substring(0, 8) + " " + digest.substring(8, 16));
		browser.screenshot("55-portal-verify-same");
		String changed = digest.substring(0, 63) + (digest.endsWith("0") ? "1" : "0");
		browser.find("#digest").clear();
		browser.find("#digest").sendKeys(changed);
		browser.find("main form button[type=submit]").click();
		browser.waitForText("#digest-comparison", "不一致");
		browser.screenshot("56-portal-verify-different");
		onPhone(() -> {
			WebElement shown = browser.find("#verification code.digest");
			Number overflow = (Number) browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", shown);
			assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
			browser.screenshot("57-portal-verify-phone");
		});
	}

	/** Looks at the page as a 390 px phone does, then goes back to the desktop window. */
	private void onPhone(Runnable look) {
		try {
			browser.width(390, 844);
			look.run();
		}
		finally {
			browser.width(1280, 1000);
		}
	}

	@Test
	@DisplayName("on a 390 px phone the person's records keep the action column in view and dates on one line")
	void phoneWidth() {
		browser.login("person", "person-demo");
		onPhone(() -> {
			browser.open("/me?lang=zh_CN");
			WebElement action = browser.find("#records table.with-actions tbody tr td:last-child");
			long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
			Number right = (Number) browser.script("return arguments[0].getBoundingClientRect().right", action);
			assertThat(right.doubleValue()).isLessThanOrEqualTo(viewport + 1.0);
			WebElement date = browser.find("#records td.date");
			assertThat(browser.script("return getComputedStyle(arguments[0]).whiteSpace", date)).isEqualTo("nowrap");
			Number lines = (Number) browser.script("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
					+ " return new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); })).size", date);
			assertThat(lines.intValue()).isEqualTo(1);
			browser.screenshot("58-me-phone");
		});
	}

	@Test
	@DisplayName("the login page leads home and tells a person how to get an account")
	void loginPage() {
		browser.logout();
		browser.open("/login?lang=zh_CN");
		assertThat(browser.text("#how-to-get-account")).contains("由市信用中心核实身份后开设");
		browser.screenshot("59-login");
		browser.find("main a[href='/']").click();
		browser.waitFor(d -> d.getCurrentUrl().endsWith("/"));
	}
}
