package io.gongxin.web;

import io.gongxin.QrCodes;
import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 point 10 in a real browser against the demo city: the centre drafts and publishes a catalog change on
 * the console, loads a holiday year from its notice after the November reminder, and a report carries the QR code
 * of its verification address. Screenshots 60-69.
 */
class AdminJourneysTest extends BrowserJourneys {

	/** The demo city's first organisation (BrowserJourneysTest reads the same one). */
	private static final SyntheticOrganisation FIRST = new SyntheticSubjects(20261122).organisation();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	@DisplayName("R-15 R-14 the centre drafts a catalog version from the one in force, sees a prohibited field refused with its place, fixes it, reviews the change and publishes with a confirmation")
	void centreDraftsAndPublishesACatalogChange() {
		browser.login("center", "center-demo");
		browser.open("/console/catalog");
		assertThat(browser.text("main")).doesNotContain("/api/");
		browser.find("#new-draft").click();
		browser.waitForText("main h1", "起草目录版本");
		String version = (String) browser.script("return JSON.parse(document.getElementById('document').value).version");
		// the centre adds a field to the commendation item; first, by mistake, one the law forbids
		addCommendationField("bloodType", "血型");
		browser.find("button[value=validate]").click();
		browser.waitForText("#draft-errors", "依法禁止归集的信息（R-14）：血型");
		assertThat(browser.text("#draft-errors")).contains("COMMENDATION", "bloodType（血型）");
		assertThat((String) browser.script("return document.getElementById('document').value")).as("the text is kept")
			.contains("\"bloodType\"");
		browser.screenshot("60-catalog-draft-errors");

		browser.script("var t = document.getElementById('document');"
				+ "t.value = t.value.replace('\"bloodType\"', '\"citation\"').replace('\"血型\"', '\"表彰事迹\"');");
		browser.find("button[value=validate]").click();
		browser.waitForText("main h1", "起草目录版本");
		assertThat(browser.all("#draft-errors")).as(() -> browser.text("main")).isEmpty();
		browser.waitForText("#draft-valid", "校验通过");
		browser.find("button[value=save]").click();
		browser.waitForText("main .notice", "草稿已保存");
		assertThat(browser.text("#changes")).contains("修改的信息项：COMMENDATION");
		browser.screenshot("61-catalog-version-review");

		browser.find("#confirm").click();
		browser.find("#publish button[type=submit]").click();
		browser.waitForText("main .notice", "新版本目录已发布");
		assertThat(browser.text("main table")).contains(version);
		browser.open("/portal/catalog");
		assertThat(browser.text("main")).contains("现行版本：" + version);
		browser.screenshot("62-catalog-published");
	}

	private void addCommendationField(String name, String label) {
		browser.script("var t = document.getElementById('document'); var d = JSON.parse(t.value);"
				+ "d.items.filter(function (i) { return i.code === 'COMMENDATION'; })[0].fields"
				+ ".push({name: arguments[0], label: arguments[1], type: 'string', required: false});"
				+ "t.value = JSON.stringify(d, null, 2);", name, label);
	}

	@Test
	@DisplayName("R-WD in November the console warns that 2027 is missing; the centre types the notice, a weekday adjusted working day is refused, previews the days and saves it")
	void centreLoadsAHolidayYear() {
		try {
			browser.login("center", "center-demo");
			browser.waitForText("#calendar-reminder", "2027 年放假安排尚未载入");
			browser.screenshot("63-console-reminder");
			browser.find("#calendar-reminder a").click();
			browser.waitForText("#notice h2", "载入年度放假安排");
			browser.find("#n-year").clear();
			browser.find("#n-year").sendKeys("2027");
			browser.find("#n-source").sendKeys("国务院办公厅关于2027年部分节假日安排的通知（演示）");
			holiday(0, "元旦", "2027-01-01", "2027-01-03");
			holiday(1, "春节", "2027-02-05", "2027-02-12");
			holiday(2, "国庆节、中秋节", "2027-10-01", "2027-10-07");
			workday(0, "春节", "2027-02-15");
			workday(1, "国庆节", "2027-10-09");
			browser.find("button[value=preview]").click();
			browser.waitForText("#notice-problems", "调休第1行：2027-02-15 不是周六或周日");
			assertThat(browser.find("input[name=holidayName]").getAttribute("value")).as("what was typed stays").isEqualTo("元旦");
			browser.screenshot("64-calendar-notice-refused");

			workday(0, "春节", "2027-02-14");
			browser.find("button[value=preview]").click();
			browser.waitForText("#notice-preview", "2027 年预览：放假 18 天，调休上班 2 天");
			assertThat(browser.text("#notice-preview")).contains("2027-02-14", "星期日", "上班", "国庆节、中秋节");
			browser.screenshot("65-calendar-notice-preview");
			browser.find("button[value=save]").click();
			browser.waitForText("main .notice", "放假安排已保存");
			assertThat(browser.text("#years")).contains("国务院办公厅关于2027年部分节假日安排的通知（演示）");
			assertThat(browser.all("#calendar-reminder")).isEmpty();
			browser.screenshot("66-calendar-saved");
		}
		finally {
			// the other journeys read the demo objection's provisional 2027 deadline: 2027 goes back to not loaded
			transactions.executeWithoutResult(tx -> {
				jdbc.sql("delete from calendar_years where year = 2027").update();
				events.publishEvent(new CalendarYearChanged(2027));
			});
		}
	}

	private void holiday(int row, String name, String from, String to) {
		browser.all("input[name=holidayName]").get(row).clear();
		browser.all("input[name=holidayName]").get(row).sendKeys(name);
		browser.script("document.getElementsByName('holidayFrom')[arguments[0]].value = arguments[1];"
				+ "document.getElementsByName('holidayTo')[arguments[0]].value = arguments[2];", row, from, to);
	}

	private void workday(int row, String name, String date) {
		browser.all("input[name=workdayName]").get(row).clear();
		browser.all("input[name=workdayName]").get(row).sendKeys(name);
		browser.script("document.getElementsByName('workdayDate')[arguments[0]].value = arguments[1];", row, date);
	}

	@Test
	@DisplayName("R-34 a public report shows its verification address and a QR code; the code decodes to that address, which opens the verification at once")
	void reportShowsItsQrCode() throws Exception {
		browser.logout();
		browser.open("/reports/subject?id=" + FIRST.code().value());
		String number = browser.text("table.meta td");
		String address = browser.text("#verify .address");
		assertThat(address).endsWith("/portal/verify?number=" + number);
		assertThat(browser.text("body")).doesNotContain("/api/");
		String png = (String) browser.script("return document.querySelector('#verify img').src");
		assertThat((Boolean) browser.script("return document.querySelector('#verify img').naturalWidth > 0")).isTrue();
		browser.screenshot("67-report-qr");

		String decoded = QrCodes.decodeDataUri(png);
		assertThat(decoded).isEqualTo(address);
		browser.open(decoded.substring(decoded.indexOf("/portal/")));
		browser.waitForText("#verification", "真实有效");
		assertThat(browser.find("#number").getAttribute("value")).isEqualTo(number);
		browser.screenshot("68-verify-from-qr");
		assertThat(browser.all("#verification dd").stream().map(e -> e.getText())).contains(FIRST.name());
	}
}
