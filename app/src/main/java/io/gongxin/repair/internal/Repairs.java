package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The repair applications ({@code repairs}) as {@link Repair}s. */
@Component
class Repairs {

	private final JdbcClient jdbc;

	Repairs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The application, locked until the transaction ends; {@code UNKNOWN_REPAIR} when there is none. */
	Repair lock(long id) {
		return jdbc.sql("select id, subject_key, record_id, provider, status from repairs where id = ? for update")
			.param(id)
			.query((rs, n) -> new Repair(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")), rs.getLong("record_id"),
					rs.getString("provider"), RepairStatus.valueOf(rs.getString("status"))))
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_REPAIR", Map.of("id", id),
					String.valueOf(id)));
	}

	boolean pending(SubjectKey subject, long recordId) {
		return jdbc.sql("select exists (select 1 from repairs where subject_key = ? and record_id = ? and status = 'PENDING')")
			.params(subject.value(), recordId)
			.query(Boolean.class)
			.single();
	}

	/** A new pending application; returns its id. */
	long applied(SubjectKey subject, long recordId, String provider, String statement, LocalDate on, String by) {
		return jdbc.sql("""
				insert into repairs (subject_key, record_id, provider, statement, status, applied_on, created_by)
				values (?, ?, ?, ?, 'PENDING', ?, ?) returning id""")
			.params(subject.value(), recordId, provider, statement, on, by)
			.query(Long.class)
			.single();
	}

	void decided(Repair repair, String reason, LocalDate on, String by) {
		jdbc.sql("update repairs set status = ?, reason = ?, decided_on = ?, decided_by = ? where id = ?")
			.params(repair.status().name(), reason, on, by, repair.id())
			.update();
	}
}
