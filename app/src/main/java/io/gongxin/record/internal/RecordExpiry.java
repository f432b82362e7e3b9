package io.gongxin.record.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import io.gongxin.record.RecordChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-27a: active records leave every query when their period has run out, in bulk (no version kept, as before);
 * each publishes {@link RecordChanged} in the expiry's transaction. Records a sweep judged one by one:
 * {@link JudgedExpiry}. Only the due records are read (index {@code records_active_by_end}, {@link ExpiryCutoff}).
 */
@Component
class RecordExpiry {

	private final RecordRows rows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RecordExpiry(RecordRows rows, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The UPDATE of one item: the range on {@code records_active_by_end} (V180) up to the last due day reads only
	 * the due rows, and the exact rule is checked on each (parameters: now, item, last due day, period, today).
	 */
	static String statement(boolean continuing) {
		// a continuing act without an end date has not ended, so its period has not begun (R-27a)
		String ended = continuing ? "ended_on" : "coalesce(ended_on, occurred_on)";
		return """
				update records set state = 'EXPIRED', updated_at = ?, updated_by = 'expiry'
				 where item = ? and state = 'ACTIVE' and coalesce(ended_on, occurred_on) <= ?
				   and %s + cast(? as interval) <= ?
				returning record_id, subject_key, item, provider""".formatted(ended);
	}

	/** R-27a, one UPDATE per item: idempotent, and safe when several nodes run it. */
	@Transactional
	int expire(String item, Period period, LocalDate today, boolean continuing) {
		List<Expired> expired = jdbc.sql(statement(continuing))
			.params(rows.now(), item, ExpiryCutoff.lastDue(period, today), period.toString(), today)
			.query(Expired.class)
			.list();
		expired.forEach(r -> events.publishEvent(r.changed(rows.now().toInstant())));
		return expired.size();
	}
}
