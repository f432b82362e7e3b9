package io.gongxin.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordState;
import io.gongxin.subject.SubjectKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record listener moved from StatsProjections to RecordProjection (issue 15): a publication left incomplete under
 * the old listener id follows it (migration V179), so resubmitting it reaches the moved listener and completes.
 */
@GongxinTest
class RenamedListenersTest {

	private static final String OLD = "io.gongxin.stats.internal.StatsProjections.on(io.gongxin.record.RecordChanged)";

	private static final String NEW = "io.gongxin.stats.internal.RecordProjection.on(io.gongxin.record.RecordChanged)";

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	private final long recordId = 800_000_000L + System.nanoTime() % 100_000_000L;

	@Test
	@DisplayName("an incomplete publication under the listener's old id is resubmitted to the moved listener and completes")
	void anIncompletePublicationFollowsItsListener() throws IOException {
		new StatsEvents(publisher, transactionManager).publish(new RecordChanged(recordId, new SubjectKey(1), "TEST", "test",
				RecordChanged.Change.STORED, RecordState.ACTIVE, Instant.parse("2026-11-18T02:00:00Z")));
		Eventually.holds(() -> assertThat(completedUnder(NEW)).isEqualTo(1));
		UUID stranded = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
				select ?, ?, event_type, serialized_event, publication_date, 'FAILED', 1 from event_publication
				 where listener_id = ? and serialized_event like ?""")
			.params(stranded, OLD, NEW, "%" + recordId + "%")
			.update();

		jdbc.sql(new ClassPathResource("db/migration/V179__stats_listeners_renamed.sql").getContentAsString(StandardCharsets.UTF_8))
			.update();
		assertThat(jdbc.sql("select listener_id from event_publication where id = ?").param(stranded).query(String.class).single())
			.isEqualTo(NEW);

		incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(stranded));
		Eventually.holds(() -> assertThat(jdbc.sql("select completion_date is not null from event_publication where id = ?")
			.param(stranded).query(Boolean.class).single()).isTrue());
	}

	private long completedUnder(String listener) {
		return jdbc.sql("select count(*) from event_publication where listener_id = ? and completion_date is not null and serialized_event like ?")
			.params(listener, "%" + recordId + "%")
			.query(Long.class)
			.single();
	}
}
