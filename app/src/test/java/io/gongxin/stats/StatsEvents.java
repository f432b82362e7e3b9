package io.gongxin.stats;

import io.gongxin.Eventually;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishes an event the way its module does: inside a transaction, so the registry keeps a publication for
 * each listener and hands the event over after the commit.
 */
public final class StatsEvents {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	public StatsEvents(ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/**
	 * Publishes the event and waits until every publication of an event of its type about the same thing
	 * ({@code "key":value} in the serialised event) is complete: the projections then show it, and what its
	 * module published before.
	 */
	public void publishAndSettle(Object event, JdbcClient jdbc, String key, long value) {
		publish(event);
		Eventually.holds(() -> assertThat(jdbc.sql("""
				select count(*) from event_publication
				 where event_type = ? and serialized_event like ? and completion_date is null""")
			.params(event.getClass().getName(), "%\"" + key + "\":" + value + ",%")
			.query(Long.class)
			.single()).isZero());
	}
}
