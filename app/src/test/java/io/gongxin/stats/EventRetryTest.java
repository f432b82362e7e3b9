package io.gongxin.stats;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.gongxin.DatabaseSuperuser;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.measures.ListEntryChanged;
import io.gongxin.repair.RepairDecided;
import io.gongxin.subject.SubjectKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events go through the publication registry: a listener that fails leaves its publication incomplete, the
 * resubmission hands the event over again, and the statistics' projection counts it exactly once.
 */
@GongxinTest
class EventRetryTest {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	io.gongxin.TestClock clock;

	private DatabaseSuperuser superuser;

	private StatsEvents events;

	private final long repairId = 900_000_000L + System.nanoTime() % 100_000_000L;

	@BeforeEach
	void failTheFirstProjectionOfThisRepair() {
		events = new StatsEvents(publisher, transactionManager);
		superuser = new DatabaseSuperuser(postgres);
		superuser.refuseInserts("test_refuse_repair_projection", "stats_repairs", "new.repair_id = " + repairId,
				"the projection is down (test)");
	}

	@AfterEach
	void mend() {
		superuser.allowInserts("test_refuse_repair_projection", "stats_repairs");
	}

	@Test
	void aFailedListenerIsRetriedThroughTheRegistryAndCountsOnce() {
		RepairDecided decided = new RepairDecided(repairId, 1L, new SubjectKey(1), true, Instant.parse("2026-03-02T02:00:00Z"),
				"考试作弊信息", "已整改");
		events.publish(decided);

		Eventually.holds(() -> assertThat(publication("status")).isEqualTo("FAILED"));
		assertThat(projected()).isZero();
		assertThat(publication("completion_date")).isNull();

		mend();
		incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof RepairDecided r && r.repairId() == repairId);

		Eventually.holds(() -> assertThat(publication("completion_date")).isNotNull());
		assertThat(projected()).isEqualTo(1);

		// the same event again (a second resubmission, a publisher that repeats itself) changes nothing
		events.publish(decided);
		Eventually.holds(() -> assertThat(publications(true)).isEqualTo(2));
		assertThat(projected()).isEqualTo(1);
		assertThat(jdbc.sql("select granted from stats_repairs where repair_id = ?").param(repairId).query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anOlderListEventDoesNotUndoANewerOne() {
		long entry = repairId;
		Instant confirmed = Instant.parse("2026-03-02T02:00:00Z");
		events.publish(new ListEntryChanged(entry, "RED", new SubjectKey(1), "ACTIVE", confirmed));
		Eventually.holds(() -> assertThat(listStatus(entry)).isEqualTo("ACTIVE"));
		events.publish(new ListEntryChanged(entry, "RED", new SubjectKey(1), "PROPOSED", confirmed.minus(1, ChronoUnit.DAYS)));
		Eventually.holds(() -> assertThat(jdbc.sql("""
				select count(*) from event_publication
				 where event_type like '%ListEntryChanged' and serialized_event like ? and completion_date is not null""")
			.param("%\"entryId\":" + entry + ",%").query(Long.class).single()).isEqualTo(2));
		assertThat(listStatus(entry)).isEqualTo("ACTIVE");
	}

	@Test
	void completedPublicationsArePurged() {
		RepairDecided decided = new RepairDecided(repairId + 1, 1L, new SubjectKey(1), false, Instant.parse("2026-03-02T02:00:00Z"),
				"考试作弊信息", "未整改");
		events.publish(decided);
		// every listener's publication (statistics, notices) complete
		Eventually.holds(() -> assertThat(jdbc.sql("""
				select count(*) filter (where completion_date is null) = 0 and count(*) > 0 from event_publication
				 where serialized_event like ?""")
			.param("%\"repairId\":" + (repairId + 1) + ",%").query(Boolean.class).single()).isTrue());
		// the registry's clock is the platform's: a week later, what completed before then is deleted
		clock.advance(java.time.Duration.ofDays(8));
		try {
			completed.deletePublicationsOlderThan(java.time.Duration.ofDays(7));
		}
		finally {
			clock.advance(java.time.Duration.ofDays(-8));
		}
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%\"repairId\":" + (repairId + 1) + ",%").query(Long.class).single()).isZero();
	}

	private Object publication(String column) {
		return jdbc.sql("select " + column + " from event_publication where event_type like '%RepairDecided'"
				+ " and listener_id like '%StatsProjections%' and serialized_event like ? order by publication_date limit 1")
			.param("%\"repairId\":" + repairId + ",%")
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.map(row -> row.get(column))
			.orElse(null);
	}

	private long publications(boolean completedOnly) {
		return jdbc.sql("select count(*) from event_publication where event_type like '%RepairDecided'"
				+ " and listener_id like '%StatsProjections%' and serialized_event like ?"
				+ (completedOnly ? " and completion_date is not null" : ""))
			.param("%\"repairId\":" + repairId + ",%")
			.query(Long.class)
			.single();
	}

	private long projected() {
		return jdbc.sql("select count(*) from stats_repairs where repair_id = ?").param(repairId).query(Long.class).single();
	}

	private String listStatus(long entry) {
		return jdbc.sql("select status from stats_list_entries where entry_id = ?").param(entry).query(String.class)
			.optional().orElse(null);
	}
}
