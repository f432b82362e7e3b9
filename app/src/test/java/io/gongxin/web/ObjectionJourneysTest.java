package io.gongxin.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 points 1, 2 and 9 in a real browser against the demo city: the centre opens an objection from its
 * queue and decides it with a confirmation, reviews a disputed one; the provider opens the objection forwarded to
 * it; the person follows its objection's timeline and adds evidence. Uses the demo objections meant for these
 * journeys (the fifth organisation's open one with evidence, the ninth's disputed one) and does not answer the demo
 * person's forwarded objection, which other journeys read.
 */
class ObjectionJourneysTest extends BrowserJourneys {

	/** The demo city's objection with evidence (DemoObjections): a penalty said to disclose business secrets. */
	private static final String OPEN_STATEMENT = "处罚决定书公开了本企业的供应商名称和进货价格";

	@Test
	@DisplayName("R-28 R-29a the centre opens an objection from its queue, reads record, subject, statement, evidence and timeline, and corrects the record field by field: a bad value is shown at its field, the correction is confirmed before it is made")
	void centreCorrectsFromTheObjectionsPage() {
		browser.login("center", "center-demo");
		browser.open("/console/objections");
		WebElement queued = row("tr[data-objection]", "侵犯隐私或商业秘密", "行政处罚信息");
		queued.findElement(By.linkText("查看并处理")).click();
		browser.waitForText("main h1", "行政处罚信息");
		assertThat(browser.text("#record")).contains("决定书文号", "处罚机关", "市市场监督管理局", "罚款金额（万元）");
		assertThat(browser.text("#subject")).containsPattern("[0-9A-Z]{18}").contains("提供单位");
		assertThat(browser.text("#statement")).contains(OPEN_STATEMENT, "侵犯隐私或商业秘密");
		WebElement evidence = browser.find("#evidence a");
		assertThat(evidence.getText()).isEqualTo("供应商合同（商业秘密）.png");
		assertThat(evidence.getAttribute("href")).matches(".*/console/objections/\\d+/attachments/[0-9a-f-]{36}");
		assertThat(browser.text("#timeline")).contains("异议已受理", "收到证明材料", "市信用中心将记录与提供单位报送的数据比对", "剩");
		browser.screenshot("20-console-objection");

		WebElement amount = browser.find("input[name='f.amount']");
		String published = amount.getAttribute("value");
		amount.clear();
		amount.sendKeys("两万");
		browser.find("#record").findElement(By.xpath(".//button[contains(., '不一致，中心更正')]")).click();
		browser.waitForText("tr[data-field=amount]", "应为数字");
		assertThat(browser.find("input[name='f.amount']").getAttribute("value")).isEqualTo("两万");
		assertThat(browser.all("#confirm")).isEmpty();
		browser.screenshot("21-console-correction-error");

		browser.find("input[name='f.amount']").clear();
		browser.find("input[name='f.amount']").sendKeys(published);
		WebElement violation = browser.find("input[name='f.violation']");
		violation.clear();
		violation.sendKeys("未按规定公示年度报告（不含供应商信息）");
		browser.find("#record").findElement(By.xpath(".//button[contains(., '不一致，中心更正')]")).click();
		browser.waitForText("#confirm", "确认由中心更正");
		assertThat(browser.text("#changes")).contains("违法行为类型", "未按规定公示年度报告（不含供应商信息）")
			.doesNotContain("罚款金额");
		browser.screenshot("22-console-correction-confirm");
		browser.find("#confirm").findElement(By.xpath(".//button[contains(., '确认更正')]")).click();
		browser.waitForText("main .notice", "比对结果已记录");
		assertThat(browser.text("main h1")).contains("中心已更正");
		assertThat(browser.text("#record")).contains("未按规定公示年度报告（不含供应商信息）");
		assertThat(browser.text("#timeline")).contains("中心比对后已更正");
		browser.screenshot("23-console-objection-corrected");
	}

	@Test
	@DisplayName("R-30a the centre reviews an objection the organisation still disputes: written conclusion, confirmed, the record stays marked")
	void centreReviewsADisputedObjection() {
		browser.login("center", "center-demo");
		browser.open("/console/objections");
		WebElement disputed = row("tr[data-disagreed]", "年度报告已按时公示");
		disputed.findElement(By.linkText("查看并处理")).click();
		assertThat(browser.text("#timeline")).contains("提供单位核查：异议不成立", "仍有异议", "市信用中心复核");
		browser.find("#review-conclusion").sendKeys("经复核，处罚决定书载明的事实与年度报告公示系统记录一致，维持核查结论。");
		browser.find("#review button[type=submit]").click();
		browser.waitForText("#confirm", "记录继续标注");
		browser.screenshot("24-console-review-confirm");
		browser.find("#confirm").findElement(By.xpath(".//button[contains(., '确认复核完成')]")).click();
		browser.waitForText("main .notice", "复核结论已记录");
		assertThat(browser.text("#review-done")).contains("维持核查结论");
		assertThat(browser.text("main h1")).contains("仍有异议", "中心已复核");
		assertThat(browser.all("#review")).isEmpty();
	}

	@Test
	@DisplayName("R-29b R-WD the provider opens the objection forwarded to it: statement, record, the provisional deadline; its answer asks for confirmation first")
	void providerOpensItsForwardedObjection() {
		browser.login("market", "market-demo");
		browser.waitForText("#objections", "统一考试作弊信息");
		row("#objections tr[data-objection]", "统一考试作弊信息").findElement(By.linkText("查看并处理")).click();
		browser.waitForText("main h1", "统一考试作弊信息");
		assertThat(browser.text("#statement")).contains("记录公开了与处理结果无关的个人情况。");
		assertThat(browser.text("#record")).contains("会计专业技术资格考试", "沪考〔2022〕8号");
		assertThat(browser.text("#timeline")).contains("已转交", "2027-01-06 前", "（暂定）", "提供单位核查并答复");
		// R-29b: upheld, the provider may correct field by field; the inputs belong to its answer's form
		assertThat(browser.find("input[name='f.examName']").getAttribute("form")).isEqualTo("answer-form");
		browser.screenshot("25-provider-objection");

		browser.find("#answer input[name=upheld][value=false]").click();
		browser.find("#answer-explanation").sendKeys("经核对，记录内容与处理决定一致。");
		browser.find("#answer button[type=submit]").click();
		browser.waitForText("#confirm", "确认异议不成立");
		browser.screenshot("26-provider-answer-confirm");
		// the demo person's objection stays open for the other journeys: go back instead of confirming
		browser.find("#confirm").findElement(By.linkText("返回修改")).click();
		browser.waitForText("#timeline", "提供单位核查并答复");
		assertThat(browser.all("#confirm")).isEmpty();
	}

	@Test
	@DisplayName("R-28 R-WD the person follows its objection: the item by name, the statement, the timeline with working days left, evidence listed once uploaded; 提出异议 is not offered again on that record")
	void personFollowsTheTimeline() throws Exception {
		browser.login("person", "person-demo");
		WebElement cheating = row("#records tr[data-record]", "考试作弊");
		assertThat(cheating.getText()).contains("异议处理中（查看进度）").doesNotContain("提出异议");
		browser.waitForText("#objections", "统一考试作弊信息");
		row("#objections tr[data-objection]", "统一考试作弊信息").findElement(By.linkText("查看进度")).click();
		browser.waitForText("main h1", "统一考试作弊信息");
		assertThat(browser.text("#statement")).contains("记录公开了与处理结果无关的个人情况。");
		assertThat(browser.text("#timeline")).contains("异议已受理", "已转交", "2027-01-06 前", "（暂定）", "期限按工作日计算");
		assertThat(browser.text("main")).doesNotContainPattern("记录 \\d+");

		Path scan = Files.createTempFile("receipt", ".png");
		Files.write(scan, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		browser.find("#evidence-file").sendKeys(scan.toAbsolutePath().toString());
		browser.find("#evidence button[type=submit]").click();
		browser.waitForText("main .notice", "证明材料已上传");
		assertThat(browser.find("#evidence a").getAttribute("href")).matches(".*/me/objections/\\d+/attachments/[0-9a-f-]{36}");
		assertThat(browser.text("#timeline")).contains("收到证明材料");
		browser.screenshot("27-me-objection-timeline");
		Files.deleteIfExists(scan);
	}

	private WebElement row(String css, String... containing) {
		return browser.waitFor(d -> d.findElements(By.cssSelector(css))
			.stream()
			.filter(e -> java.util.Arrays.stream(containing).allMatch(e.getText()::contains))
			.findFirst()
			.orElse(null));
	}
}
