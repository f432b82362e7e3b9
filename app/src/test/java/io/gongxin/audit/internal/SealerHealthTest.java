package io.gongxin.audit.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sealer's lag as the health indicator and the gauges see it, made real: the test holds the sealer's advisory
 * lock (as a sealer on another node would), so a read's query-log entry stays unsealed until it lets go.
 */
@GongxinTest
class SealerHealthTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sealer sealer;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	@Test
	@DisplayName("entries the sealer cannot chain show as backlog in the health details and gauges; beyond the threshold the sealer is OUT_OF_SERVICE; once sealed it is UP with no backlog")
	void backlogBeyondTheThresholdIsOutOfService() throws Exception {
		try (Connection held = dataSource.getConnection(); Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_lock(hashtext('gongxin-audit-sealer'))");
			mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(accounts.procurement())
				.param("matter", "GOV_PROCUREMENT").param("purpose", "投标资格审查")).andExpect(status().isOk());
			assertThat(sealer.sealPending()).as("the lock is held elsewhere: nothing is sealed").isZero();

			mvc.perform(get("/actuator/health").with(accounts.center()))
				.andExpect(jsonPath("$.components.sealer.status").value("UP"))
				.andExpect(jsonPath("$.components.sealer.details.unsealedEntries").value(greaterThanOrEqualTo(1)));
			String scrape = mvc.perform(get("/actuator/prometheus").with(accounts.center())).andReturn().getResponse()
				.getContentAsString();
			assertThat(io.gongxin.platform.ObservabilityTestAccess.value(scrape, "gongxin_audit_unsealed_entries",
					java.util.Map.of())).isGreaterThanOrEqualTo(1);

			Backlog backlog = SealerBacklog.read(jdbc, Duration.ofHours(1));
			assertThat(backlog.entries()).isGreaterThanOrEqualTo(1);
			Health overCount = SealerHealth.assess(backlog, 0, Duration.ofMinutes(5));
			assertThat(overCount.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(overCount.getDetails()).containsEntry("maxUnsealed", 0L);
			assertThat(SealerHealth.assess(new Backlog(1, 301), 10_000, Duration.ofMinutes(5)).getStatus())
				.as("the oldest entry waited longer than max-age").isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(SealerHealth.assess(null, 0, Duration.ZERO).getStatus()).isEqualTo(Status.UNKNOWN);
			statement.execute("select pg_advisory_unlock(hashtext('gongxin-audit-sealer'))");
		}
		sealer.sealPending();
		Backlog sealed = SealerBacklog.read(jdbc, Duration.ofHours(1));
		assertThat(sealed.entries()).isZero();
		assertThat(SealerHealth.assess(sealed, 0, Duration.ofMinutes(5)).getStatus()).isEqualTo(Status.UP);
	}
}
