package io.gongxin.platform;

import java.util.Map;

import io.gongxin.DatabaseSuperuser;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, point 5, and R-19: when the query log cannot be written the read is refused (fail-closed), and the
 * refusal is counted on {@code gongxin_log_write_failures_total{log="query"}}, the meter operators alert on. The
 * failure is real: a trigger, put in place by the database superuser, refuses the entry in PostgreSQL.
 */
@GongxinTest
class LogWriteFailureTest {

	private static final String PURPOSE = "日志写入失败演练";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EmbeddedPostgres postgres;

	private DatabaseSuperuser superuser;

	@BeforeEach
	void refuseTheProbeEntry() throws Exception {
		QueryFixture.ensure(mvc, accounts);
		superuser = new DatabaseSuperuser(postgres);
		superuser.refuseInserts("test_refuse_probe_entry", "query_log", "new.purpose = '" + PURPOSE + "'", "the disk is full (test)");
	}

	@AfterEach
	void allowAgain() {
		superuser.allowInserts("test_refuse_probe_entry", "query_log");
	}

	private double failures() throws Exception {
		String scrape = mvc.perform(get("/actuator/prometheus").with(accounts.center()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ObservabilityTest.value(scrape, "gongxin_log_write_failures_total", Map.of("log", "query"));
	}

	@Test
	@DisplayName("R-19 a read whose log entry cannot be written is refused 503 AUDIT_UNAVAILABLE, shows nothing, and is counted as a log write failure")
	void aLogThatCannotBeWrittenRefusesTheReadAndIsCounted() throws Exception {
		double before = failures();

		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(accounts.procurement())
			.param("matter", "GOV_PROCUREMENT").param("purpose", PURPOSE))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.code").value("AUDIT_UNAVAILABLE"))
			.andExpect(jsonPath("$.records").doesNotExist());

		assertThat(failures()).isEqualTo(before + 1);
		// another purpose is logged and answered as ever
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(accounts.procurement())
			.param("matter", "GOV_PROCUREMENT").param("purpose", "投标资格审查"))
			.andExpect(status().isOk());
		assertThat(failures()).isEqualTo(before + 1);
	}
}
