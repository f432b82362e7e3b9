package io.gongxin.record.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordState;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * an objection corrects the fields of a record still shown ({@link RecordState#correct}); its state stays.
 * Keeps the version it replaces and publishes {@link RecordChanged} in its transaction.
 */
@Component
class RecordCorrection {

	private final RecordRows rows;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RecordCorrection(RecordRows rows, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	CreditRecord correct(long recordId, Map<String, Object> fields, String reason, String by) {
		CreditRecord current = rows.lock(recordId);
		current.state().correct(recordId);
		rows.keepVersion(current, by, reason);
		jdbc.sql("""
				update records set fields = cast(? as jsonb), version = version + 1, updated_at = ?, updated_by = ?
				 where subject_key = ? and record_id = ?""")
			.params(rows.json(new LinkedHashMap<>(fields)), rows.now(), by, current.subject().value(), recordId)
			.update();
		events.publishEvent(new RecordChanged(current.id(), current.subject(), current.item(), current.provider(),
				Change.CORRECTED, current.state(), rows.now().toInstant()));
		return rows.find(recordId).orElseThrow();
	}
}
