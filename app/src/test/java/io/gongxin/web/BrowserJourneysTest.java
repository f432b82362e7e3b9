package io.gongxin.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One journey per actor in a real browser (Debian's Chromium, headless) against the platform on a random port
 * with the demo city. Each journey leaves screenshots of its main pages in {@code target/screenshots}.
 */
class BrowserJourneysTest extends BrowserJourneys {

	/** The demo city's first organisation (it has a public penalty) and second (non-public tax arrears). */
	private static final SyntheticSubjects CITY = new SyntheticSubjects(20261122);

	private static final SyntheticOrganisation FIRST = CITY.organisation();

	private static final SyntheticOrganisation SECOND = CITY.organisation();

	@Test
	@DisplayName("the public finds an organisation, reads its public page and lists, and verifies its report by number")
	void publicJourney() {
		browser.logout();
		browser.open("/");
		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		browser.screenshot("01-portal-home");
		browser.find("#q").sendKeys(FIRST.name(), Keys.ENTER);
		browser.find("table.data a").click();
		browser.waitForText("main h1", FIRST.name());
		assertThat(browser.text("main")).contains(FIRST.code().value(), "行政处罚", "市市场监督管理局");
		browser.screenshot("02-portal-subject");

		browser.find("a[href*='/reports/subject'][href$='" + FIRST.code().value() + "']").click();
		String number = browser.text("table.meta td");
		assertThat(number).matches("GX\\d{8}-[0-9A-Z]{10}");
		assertThat(browser.text("body")).contains("公共信用信息报告", "公众查询版", FIRST.name());
		browser.screenshot("03-report-html");

		browser.open("/portal/verify");
		browser.find("#number").sendKeys(number, Keys.ENTER);
		browser.waitForText("#verification", "真实有效");
		assertThat(browser.text("#verification")).contains(FIRST.name());
		browser.screenshot("04-portal-verify");

		browser.open("/portal/lists");
		assertThat(browser.text("main")).contains("严重失信主体名单", "列入条件", "救济途径");
		browser.open("/portal/catalog");
		assertThat(browser.text("main")).contains("行政处罚信息", "5 年", "应用清单");
		browser.screenshot("05-portal-catalog");

		browser.find("a[lang=en]").click();
		browser.waitForText("header.site nav", "Lists");
		assertThat(browser.text("main h1")).isEqualTo("Catalog");
		browser.open("/");
		assertThat(browser.text("main h1")).isEqualTo("Credit portal");
		browser.screenshot("16-portal-home-en");
		browser.find("a[lang=zh]").click();
		browser.waitForText("header.site nav", "名单公示");
	}

	@Test
	@DisplayName("R-20a R-27b R-28 R-WD a person signs in, sees every own record (and the provisional 2027 deadline of the demo objection), objects, asks deletion and grants then revokes an authorization")
	void subjectJourney() {
		browser.login("person", "person-demo");
		assertThat(browser.url()).endsWith("/me");
		String records = browser.text("#records");
		assertThat(records).contains("行政处罚", "考试作弊", "志愿服务");
		assertThat(browser.text("main")).doesNotContain("??");

		WebElement volunteer = row("#records tr[data-record]", "志愿服务");
		volunteer.findElement(By.xpath(".//a[contains(., '申请删除')]")).click();
		browser.waitForText("#deletion-confirm", "志愿服务信息");
		browser.find("#deletion-confirm button[type=submit]").click();
		browser.waitForText("main .notice", "删除申请已受理");

		browser.find("#authorizations details summary").click();
		new Select(browser.find("#grantee")).selectByValue("AGENCY1");
		browser.find("#authorizations input[name=purpose]").sendKeys("申请贷款");
		browser.script("document.getElementById('validUntil').value = '2027-06-30'");
		browser.find("#authorizations form button[type=submit]").click();
		browser.waitForText("main .notice", "授权已生效");
		assertThat(browser.text("#authorizations table")).contains("示范信用服务有限公司", "申请贷款");
		browser.find("#authorizations table button").click();
		browser.waitForText("main .notice", "授权已撤回");
		assertThat(browser.text("#authorizations table")).contains("已撤回");

		browser.waitForText("#objections", "2027-01-06（暂定）");
		browser.waitForText("#queries", "谁查询了我");
		browser.waitForText("#reports", "本年已获取");
		assertThat(browser.all("a[href='/reports/mine?format=pdf']")).hasSize(1);
		browser.screenshot("06-me");
	}

	@Test
	@DisplayName("R-28 R-29 R-30 R-WD an objection goes from the person to the centre's queue (beside the demo's provisional 2027 deadline) to the provider, who answers with the days left shown")
	void objectionAcrossActors() {
		browser.login("person", "person-demo");
		askOnRecord("行政处罚", By.cssSelector("details summary"), By.cssSelector("textarea[name=statement]"),
				"罚款已于当日缴清，处罚内容记载有误。", "提交异议", "异议已受理");
		browser.waitForText("#objections", "已受理");
		assertThat(browser.text("#records")).contains("异议处理中");

		browser.login("center", "center-demo");
		browser.open("/console/objections");
		// R-WD: the demo person's objection of 2026-12-28, forwarded on the 29th, is due on the provisional 2027 calendar
		assertThat(row("tr[data-objection]", "2027-01-06").getText()).contains("（暂定）");
		browser.screenshot("07-console-objections");
		WebElement queued = row("tr[data-objection]", "信息错误或遗漏");
		assertThat(queued.getText()).contains("剩", "行政处罚");
		// issue 14: the decision is taken on the objection's page and confirmed there
		queued.findElement(By.linkText("查看并处理")).click();
		browser.find("#decision").findElement(By.xpath(".//button[contains(., '转交核查')]")).click();
		browser.find("#confirm").findElement(By.xpath(".//button[contains(., '确认转交核查')]")).click();
		browser.waitForText("main .notice", "比对结果已记录");

		browser.login("market", "market-demo");
		assertThat(browser.url()).endsWith("/provider");
		browser.waitForText("#objections", "剩");
		WebElement forwarded = row("#objections tr[data-objection]", "信息错误或遗漏");
		assertThat(forwarded.getText()).containsPattern("剩 \\d+ 个工作日");
		answer(forwarded, "input[name=upheld][value=false]", "textarea[name=explanation]", "经核对处罚决定书，记载无误。");
		browser.find("#confirm").findElement(By.xpath(".//button[contains(., '确认异议不成立')]")).click();
		browser.waitForText("main .notice", "答复已提交");

		browser.login("person", "person-demo");
		browser.waitForText("#objections", "异议不成立");
		assertThat(browser.all("#objections button")).isNotEmpty();
	}

	@Test
	@DisplayName("R-RP a person applies for repair; the provider sees the days left and approves; the record reads as repaired")
	void repairAcrossActors() {
		browser.login("person", "person-demo");
		askOnRecord("考试作弊", By.xpath(".//summary[contains(., '申请信用修复')]"), By.cssSelector("form[action$='/me/repairs'] textarea"),
				"已参加诚信教育并作出信用承诺。", "提交修复申请", "修复申请已提交");
		browser.waitForText("#repairs", "待审核");

		browser.login("market", "market-demo");
		browser.waitForText("#repairs", "已参加诚信教育");
		WebElement pending = row("#repairs tr[data-repair]", "已参加诚信教育");
		assertThat(pending.getText()).containsPattern("剩 \\d+ 个工作日");
		answer(pending, "input[name=approved][value=true]", "textarea[name=reason]", "已履行义务，同意修复。");
		browser.waitForText("main .notice", "审核结论已提交");

		browser.login("person", "person-demo");
		browser.waitForText("#repairs", "已同意修复");
		assertThat(row("#records tr[data-record]", "考试作弊").getText()).contains("已修复");
	}

	@Test
	@DisplayName("R-10 R-15 a provider drops a file, watches the batch finish, downloads the error report and revokes a record")
	void providerJourney() throws Exception {
		browser.login("market", "market-demo");
		Path csv = Files.createTempFile("penalties", ".csv");
		String ref = "browser-" + System.nanoTime();
		Files.writeString(csv, """
				sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,decisionNumber,penaltyType,decidedOn,authority,amount
				%s-good,LEGAL_PERSON,%s,%s,2026-11-02,,沪市监罚〔2026〕501号,罚款,2026-11-02,市市场监督管理局,3
				%s-bad,LEGAL_PERSON,12345,坏行公司,2026-11-02,,沪市监罚〔2026〕502号,罚款,2026-11-02,市市场监督管理局,3
				""".formatted(ref, SECOND.code().value(), SECOND.name(), ref), StandardCharsets.UTF_8);
		new Select(browser.find("#item")).selectByValue("ADMIN_PENALTY");
		browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
		assertThat(browser.text(".dropzone .file-name")).endsWith(".csv");
		browser.find("#upload form button[type=submit]").click();
		browser.waitForText("main .notice", "文件已上传");
		String fileName = csv.getFileName().toString();
		record BatchRow(String accepted, String rejected, String errors) {
		}
		BatchRow batch = browser.waitFor(d -> {
			WebElement row = row("#batches tr[data-batch]", fileName);
			return row.getText().contains("部分完成") ? new BatchRow(row.findElement(By.cssSelector(".accepted")).getText(),
					row.findElement(By.cssSelector(".rejected")).getText(),
					row.findElement(By.cssSelector("a[href$='errors.xlsx']")).getAttribute("href")) : null;
		});
		assertThat(batch.accepted()).isEqualTo("1");
		assertThat(batch.rejected()).isEqualTo("1");
		String errors = batch.errors();
		browser.screenshot("08-provider");

		HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(errors))
			.header("Cookie", "SESSION=" + browser.cookie("SESSION")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(report.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			// issue 14: the template's header, then the error columns (原行号 last)
			assertThat(rows.get(0).getCellText(0)).isEqualTo("数据标识");
			int columns = rows.get(0).getCellCount();
			assertThat(rows.get(0).getCellText(columns - 1)).isEqualTo("原行号");
			assertThat(rows.get(1).getCellText(columns - 1)).isEqualTo("3");
			assertThat(rows.get(1).getCellText(columns - 2)).contains("INVALID_IDENTIFIER");
			assertThat(rows.get(1).getCellText(0)).isEqualTo(ref + "-bad");
		}

		browser.open("/provider");
		WebElement record = row("#records tr[data-record]", ref + "-good");
		record.findElement(By.cssSelector("details summary")).click();
		record.findElement(By.cssSelector("input[name=reason]")).sendKeys("处罚决定已被撤销");
		record.findElement(By.cssSelector("button[type=submit]")).click();
		browser.waitForText("main .notice", "记录已撤销");
		assertThat(row("#records tr[data-record]", ref + "-good").getText()).contains("已撤销");
	}

	@Test
	@DisplayName("R-18 R-24c a government querier queries for a matter, checks measures with their reasons and reports what it applied")
	void querierJourney() {
		browser.login("center", "center-demo");
		browser.open("/console/lists");
		browser.find("#l-subject").sendKeys(FIRST.code().value());
		browser.find("#l-reason").sendKeys("拒不履行生效判决确定的义务");
		browser.find("#l-basis").sendKeys("沪高法〔2026〕1号");
		browser.script("document.getElementById('l-decided').value = '2026-11-01';"
				+ "document.getElementById('l-until').value = '2027-10-31';");
		browser.find("#enter-form button[type=submit]").click();
		browser.waitForText("main .notice", "已列入名单");

		browser.login("procurement", "procurement-demo");
		assertThat(browser.url()).endsWith("/querier");
		browser.find("#q-subject").sendKeys(FIRST.code().value());
		new Select(browser.find("#q-matter")).selectByValue("GOV_PROCUREMENT");
		browser.find("#q-purpose").sendKeys("供应商资格审查");
		browser.find("#q-purpose").submit();
		browser.waitForText("#result", FIRST.name());
		assertThat(browser.text("#result")).contains("已记入查询日志", "行政处罚");

		browser.find("#c-subject").clear();
		browser.find("#c-subject").sendKeys(FIRST.code().value());
		new Select(browser.find("#c-matter")).selectByValue("GOV_PROCUREMENT");
		browser.find("#c-subject").submit();
		WebElement measure = row("#check tr[data-measure]", "限制参与政府采购活动");
		assertThat(measure.getText()).contains("第二十三条", "严重失信主体名单");
		browser.screenshot("09-querier");
		measure.findElement(By.cssSelector("input[type=checkbox]")).click();
		browser.find("#note").sendKeys("已按规定限制其参与本次采购");
		browser.find("#check button[type=submit]").click();
		browser.waitForText("main .notice", "措施反馈已记录");
	}

	@Test
	@DisplayName("R-20b an agency submits a batch query and downloads its results")
	void agencyJourney() {
		browser.login("agency", "agency-demo");
		assertThat(browser.url()).endsWith("/agency");
		browser.find("#subjects").sendKeys(FIRST.code().value() + "\n" + SECOND.code().value() + "\nnot-an-id");
		browser.find("#purpose").sendKeys("贷前审查");
		browser.find("#purpose").submit();
		browser.waitFor(d -> {
			d.navigate().refresh();
			return !d.findElements(By.cssSelector("#batches a[href$='results.json']")).isEmpty();
		});
		assertThat(browser.text("#batches")).contains("贷前审查", "3");
		browser.screenshot("10-agency");
	}

	@Test
	@DisplayName("R-19 the centre's console: dashboard charts, catalog, calendar, accounts, and the log verified")
	void consoleJourney() {
		browser.login("center", "center-demo");
		assertThat(browser.url()).endsWith("/console");
		browser.waitFor(d -> !d.findElements(By.cssSelector("#chart-records svg")).isEmpty());
		assertThat(browser.all(".chart svg")).hasSize(5);
		browser.screenshot("11-console-dashboard");
		browser.open("/console/catalog");
		assertThat(browser.text("main table")).contains("现行");
		browser.open("/console/calendar");
		assertThat(browser.text("main table")).contains("2026");
		browser.open("/console/accounts");
		browser.find("#username").sendKeys("browser-tax2");
		browser.find("#password").sendKeys("Browser-pass-2026");
		new Select(browser.find("#role")).selectByValue("PROVIDER");
		new Select(browser.find("#organisation")).selectByValue("TAX");
		browser.find("#username").submit();
		browser.waitForText("main .notice", "账户已创建");
		assertThat(browser.text("main")).contains("browser-tax2");
		browser.open("/console/lists");
		assertThat(browser.text("main")).contains("列入名单", "严重失信主体名单");
		browser.screenshot("15-console-lists");
		browser.open("/console/audit");
		browser.find("form[action$='verification'] button").click();
		browser.waitForText("#verification", "哈希链完整");
		browser.screenshot("12-console-audit");
	}

	@Test
	@DisplayName("R-19 an auditor verifies the query log and looks up who queried a subject, but cannot open accounts")
	void auditorJourney() {
		browser.login("procurement", "procurement-demo");
		browser.find("#q-subject").sendKeys(SECOND.code().value());
		new Select(browser.find("#q-matter")).selectByValue("BIDDING");
		browser.find("#q-purpose").sendKeys("投标人资格审查");
		browser.find("#q-purpose").submit();
		browser.waitForText("#result", SECOND.name());

		browser.login("auditor", "auditor-demo");
		assertThat(browser.url()).endsWith("/console");
		browser.open("/console/audit");
		browser.find("form[action$='verification'] button").click();
		browser.waitForText("#verification", "哈希链完整");
		browser.find("#subjectId").sendKeys(SECOND.code().value());
		browser.find("#subjectId").submit();
		browser.waitForText("main", "投标人资格审查");
		assertThat(browser.text("main table")).contains("procurement", "招标投标").doesNotContain("BIDDING");
		browser.open("/console/accounts");
		assertThat(browser.text("main h1")).isEqualTo("无权访问");
	}

	@Test
	@DisplayName("who may not: an anonymous reader is sent to log in, a provider cannot open the console")
	void workspacesRefuseOthers() {
		browser.logout();
		browser.open("/console");
		assertThat(browser.url()).contains("/login");
		browser.login("tax", "tax-demo");
		browser.open("/console");
		assertThat(browser.text("main h1")).isEqualTo("无权访问");
		browser.open("/me");
		assertThat(browser.text("main h1")).isEqualTo("无权访问");
		browser.open("/no-such-page");
		assertThat(browser.text("main h1")).isEqualTo("未找到");
		assertThat(browser.text("main")).contains("NOT_FOUND");
	}

	@Test
	@DisplayName("a form posted without a valid token (an expired page) gets the error page in Chinese, not JSON")
	void expiredFormsGetAPage() throws Exception {
		HttpResponse<String> expired = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/me/objections"))
			.header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("recordId=1&reason=ERROR_OR_OMISSION&statement=x")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(expired.statusCode()).isEqualTo(403);
		assertThat(expired.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(expired.body()).contains("SESSION_EXPIRED", "请刷新页面后重试");
	}

	@Test
	@DisplayName("pages fit a phone-width screen, label every field, start with a skip link and keep text contrast")
	void phoneWidthAndAccessibility() {
		browser.width(390, 844);
		try {
			browser.login("person", "person-demo");
			for (String path : List.of("/", "/portal/lists", "/portal/catalog", "/portal/verify", "/me", "/account")) {
				assertUsable(path);
			}
			for (String[] account : new String[][] { { "market", "market-demo", "/provider" },
					{ "center", "center-demo", "/console,/console/objections,/console/accounts,/console/lists" },
					{ "procurement", "procurement-demo", "/querier" }, { "agency", "agency-demo", "/agency" } }) {
				browser.login(account[0], account[1]);
				for (String path : account[2].split(",")) {
					assertUsable(path);
				}
			}
			browser.login("person", "person-demo");
			browser.open("/");
			browser.screenshot("13-phone-home");
			browser.open("/me");
			browser.screenshot("14-phone-me");
			browser.find("body").sendKeys(Keys.TAB);
			assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip");
		}
		finally {
			browser.width(1280, 1000);
		}
	}

	/** The page fits the window, labels every field and keeps its text readable. */
	private void assertUsable(String path) {
		browser.open(path);
		long overflow = ((Number) browser.script(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
		assertThat(overflow).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
		assertThat(unlabelled()).as("fields without a label on %s", path).isEmpty();
		assertThat(lowContrast()).as("text below 4.5:1 contrast on %s", path).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> unlabelled() {
		return (List<String>) browser.script("""
				return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
				  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
				  .map(e => e.outerHTML.substring(0, 80));""");
	}

	/** WCAG contrast of each visible text element against its nearest opaque background. */
	@SuppressWarnings("unchecked")
	private List<String> lowContrast() {
		return (List<String>) browser.script("""
				function rgb(c) { const m = c.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
				function lum(c) { const v = c.slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
				  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
				function bg(e) { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; }
				const bad = [];
				document.querySelectorAll('body *').forEach(e => {
				  const text = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
				  if (!text || !e.offsetParent) return;
				  const a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
				  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				  if (ratio < 4.5) bad.push(e.tagName + ' ' + ratio.toFixed(2) + ' ' + e.textContent.trim().substring(0, 20));
				});
				return bad;""");
	}

	/**
	 * The signed-in person asks something about one of its records (an objection, a repair): opens the form under
	 * {@code form} in the record's row, writes {@code text} into {@code field}, sends it with the button labelled
	 * {@code button} and waits for the page's {@code notice}.
	 */
	private void askOnRecord(String item, By form, By field, String text, String button, String notice) {
		WebElement record = row("#records tr[data-record]", item);
		record.findElement(form).click();
		record.findElement(field).sendKeys(text);
		record.findElement(By.xpath(".//button[contains(., '" + button + "')]")).click();
		browser.waitForText("main .notice", notice);
	}

	/** A provider's answer in a row of its workspace: the decision chosen, the reasons written, the form sent. */
	private static void answer(WebElement row, String decision, String reasons, String text) {
		row.findElement(By.cssSelector(decision)).click();
		row.findElement(By.cssSelector(reasons)).sendKeys(text);
		row.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private WebElement row(String css, String containing) {
		return browser.waitFor(d -> d.findElements(By.cssSelector(css))
			.stream()
			.filter(e -> e.getText().contains(containing))
			.findFirst()
			.orElse(null));
	}
}
