package io.gongxin.notice;

import java.time.Instant;
import java.util.List;

import io.gongxin.DatabaseSuperuser;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.repair.RepairRequested;
import io.gongxin.stats.StatsEvents;
import io.gongxin.subject.SubjectKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices listen to the steps of repair and dispute (issue 15): a notice listener that fails leaves its publication
 * incomplete, the resubmission hands the step over again, and each notice is written once.
 */
@GongxinTest
class NoticeRetryTest {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	private DatabaseSuperuser superuser;

	private final long repairId = 900_000_000L + System.nanoTime() % 100_000_000L;

	private final String provider = "retry-" + repairId;

	@BeforeEach
	void failTheFirstNoticeOfThisRepair() {
		superuser = new DatabaseSuperuser(postgres);
		superuser.refuseInserts("test_refuse_repair_notice", "notices",
				"new.source = 'repair' and new.source_id = " + repairId, "the inbox is down (test)");
	}

	@AfterEach
	void mend() {
		superuser.allowInserts("test_refuse_repair_notice", "notices");
	}

	@Test
	@DisplayName("R-RP a repair application's notices fail, are retried from the registry, and are written once each")
	void aFailedNoticeListenerIsRetriedAndWritesOnce() {
		RepairRequested applied = new RepairRequested(repairId, 77L, new SubjectKey(1), provider, "考试作弊信息：重试",
				Instant.parse("2026-03-02T02:00:00Z"));
		StatsEvents events = new StatsEvents(publisher, transactionManager);
		events.publish(applied);

		Eventually.holds(() -> assertThat(publication("status")).isEqualTo("FAILED"));
		assertThat(publication("completion_date")).isNull();
		assertThat(messages()).isEmpty();

		mend();
		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof RepairRequested r && r.repairId() == repairId);
		Eventually.holds(() -> assertThat(publication("completion_date")).isNotNull());
		List<String> told = List.of("信息主体对「考试作弊信息：重试」（记录 77）申请信用修复（申请 " + repairId + "），请审核。",
				"您对「考试作弊信息：重试」的信用修复申请已提交（申请 " + repairId + "），等待信息提供单位审核。");
		assertThat(messages()).containsExactlyElementsOf(told);

		// the same step again (a second resubmission, a publisher that repeats itself) writes nothing more
		events.publish(applied);
		Eventually.holds(() -> assertThat(jdbc.sql("""
				select count(*) from event_publication where event_type like '%RepairRequested'
				   and listener_id like '%RepairNotices%' and serialized_event like ? and completion_date is not null""")
			.param("%\"repairId\":" + repairId + ",%").query(Long.class).single()).isEqualTo(2));
		assertThat(messages()).containsExactlyElementsOf(told);
	}

	private List<String> messages() {
		return jdbc.sql("select message from notices where source = 'repair' and source_id = ? order by id")
			.param(repairId)
			.query(String.class)
			.list();
	}

	private Object publication(String column) {
		return jdbc.sql("select " + column + " from event_publication where event_type like '%RepairRequested'"
				+ " and listener_id like '%RepairNotices%' and serialized_event like ? order by publication_date limit 1")
			.param("%\"repairId\":" + repairId + ",%")
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.map(row -> row.get(column))
			.orElse(null);
	}
}
