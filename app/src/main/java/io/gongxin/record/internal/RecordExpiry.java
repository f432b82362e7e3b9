package io.gongxin.record.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordState;
import io.gongxin.subject.SubjectKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-27a: active records leave every query when their period has run out, in bulk (no version kept, as before);
 * each publishes {@link RecordChanged} in the expiry's transaction.
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

	/** R-27a, one UPDATE per item: idempotent, and safe when several nodes run it. */
	@Transactional
	int expire(String item, Period period, LocalDate today, boolean continuing) {
		// a continuing act without an end date has not ended, so its period has not begun (R-27a)
		String ended = continuing ? "ended_on" : "coalesce(ended_on, occurred_on)";
		return expired(jdbc.sql("""
				update records set state = 'EXPIRED', updated_at = ?, updated_by = 'expiry'
				 where item = ? and state = 'ACTIVE' and %s + cast(? as interval) <= ?
				returning record_id, subject_key, item, provider""".formatted(ended))
			.params(rows.now(), item, period.toString(), today)
			.query(Expired.class)
			.list());
	}

	@Transactional
	int expire(Collection<Long> recordIds) {
		if (recordIds.isEmpty()) {
			return 0;
		}
		return expired(jdbc.sql("""
				update records set state = 'EXPIRED', updated_at = ?, updated_by = 'expiry'
				 where record_id = any(?) and state = 'ACTIVE'
				returning record_id, subject_key, item, provider""")
			.params(rows.now(), recordIds.toArray(Long[]::new))
			.query(Expired.class)
			.list());
	}

	/** A record the expiry moved, as its event names it. */
	record Expired(long recordId, long subjectKey, String item, String provider) {
	}

	private int expired(List<Expired> expired) {
		expired.forEach(r -> events.publishEvent(new RecordChanged(r.recordId(), new SubjectKey(r.subjectKey()), r.item(),
				r.provider(), Change.EXPIRED, RecordState.EXPIRED, rows.now().toInstant())));
		return expired.size();
	}
}
