package io.gongxin.repair.internal;

import java.time.LocalDate;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** New deletion requests ({@code deletion_requests}): entered pending, one pending request per record at most. */
@Component
class RequestedDeletions {

	private final JdbcClient jdbc;

	RequestedDeletions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean pending(SubjectKey subject, long recordId) {
		return jdbc
			.sql("select exists (select 1 from deletion_requests where subject_key = ? and record_id = ? and status = 'PENDING')")
			.params(subject.value(), recordId)
			.query(Boolean.class)
			.single();
	}

	/** A new pending request; returns its id. */
	long requested(SubjectKey subject, long recordId, LocalDate on, LocalDate dueBy, LocalDate carryOutOn, String by) {
		return jdbc.sql("""
				insert into deletion_requests (subject_key, record_id, requested_on, due_by, carry_out_on, status, created_by)
				values (?, ?, ?, ?, ?, 'PENDING', ?) returning id""")
			.params(subject.value(), recordId, on, dueBy, carryOutOn, by)
			.query(Long.class)
			.single();
	}
}
