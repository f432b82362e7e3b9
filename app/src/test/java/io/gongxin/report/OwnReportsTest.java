package io.gongxin.report;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14, R-34: a preview is not a copy; the person sees N of the free reports used; a copy beyond them is confirmed. */
@GongxinTest
class OwnReportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	String username;

	PageSession session;

	@BeforeEach
	void person() throws Exception {
		username = accounts.freshPerson("reports").username();
		session = PageSession.login(mvc, username, TestAccounts.PASSWORD);
	}

	private int kept() {
		return jdbc.sql("select count(*) from reports where requested_by = ?").param(username).query(Integer.class).single();
	}

	@Test
	@DisplayName("Issue 14: the preview on screen is no dead end, it links back to the person's page")
	void previewLinksBackToMe() throws Exception {
		mvc.perform(get("/reports/mine/preview").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/me\">返回我的信用</a>")));
	}

	@Test
	@DisplayName("R-34 a preview on screen is marked as one, has no number, is not kept and does not count")
	void previewIsNotACopy() throws Exception {
		mvc.perform(get("/me/reports").with(session)).andExpect(content().string(containsString("本年已获取 0/2")));
		mvc.perform(get("/reports/mine/preview").with(session))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Report-Number"))
			.andExpect(content().string(containsString("预览 · 不是正式信用报告")))
			.andExpect(content().string(containsString("（预览，无编号）")))
			.andExpect(content().string(not(containsString("报告核验"))));
		mvc.perform(get("/reports/mine/preview").with(session)).andExpect(status().isOk());
		assertThat(kept()).isZero();
		mvc.perform(get("/me/reports").with(session)).andExpect(content().string(containsString("本年已获取 0/2")));
	}

	@Test
	@DisplayName("R-34 each numbered copy counts; beyond the free ones (a setting, 2 by default) the person confirms first")
	void copiesCountAndTheThirdIsConfirmed() throws Exception {
		mvc.perform(get("/reports/mine").param("format", "html").with(session))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Report-Number"));
		mvc.perform(get("/me/reports").with(session))
			.andExpect(content().string(containsString("本年已获取 1/2")))
			.andExpect(content().string(not(containsString("本年的免费份数已用完"))));
		mvc.perform(get("/reports/mine").param("format", "pdf").with(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/me/reports").with(session))
			.andExpect(content().string(containsString("本年已获取 2/2")))
			.andExpect(content().string(containsString("本年的免费份数已用完")));
		// the third is not issued behind the person's back
		mvc.perform(get("/reports/mine").param("format", "pdf").with(session))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/reports/mine/confirmation?format=pdf"));
		assertThat(kept()).isEqualTo(2);
		mvc.perform(get("/reports/mine/confirmation").param("format", "pdf").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您本年已获取 2 份本人信用报告，每年免费 2 份，已经用完")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		mvc.perform(get("/reports/mine").param("format", "pdf").param("confirmed", "true").with(session))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Report-Number"));
		assertThat(kept()).isEqualTo(3);
		mvc.perform(get("/me/reports").with(session)).andExpect(content().string(containsString("本年已获取 3/2")));
	}
}
