package io.gongxin.record.internal;

import java.util.Collection;
import java.util.List;

import io.gongxin.record.RecordChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-27a: records a sweep judged one by one as past their period (the three-tier model, by severity) leave every
 * query if they are still active; idempotent. Each publishes {@link RecordChanged} in the expiry's transaction.
 */
@Component
class JudgedExpiry {

	private final RecordRows rows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	JudgedExpiry(RecordRows rows, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	int expire(Collection<Long> recordIds) {
		if (recordIds.isEmpty()) {
			return 0;
		}
		List<Expired> expired = jdbc.sql("""
				update records set state = 'EXPIRED', updated_at = ?, updated_by = 'expiry'
				 where record_id = any(?) and state = 'ACTIVE'
				returning record_id, subject_key, item, provider""")
			.params(rows.now(), recordIds.toArray(Long[]::new))
			.query(Expired.class)
			.list();
		expired.forEach(r -> events.publishEvent(r.changed(rows.now().toInstant())));
		return expired.size();
	}
}
