package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.gongxin.dispute.ObjectionProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An objection's progress, read from its row. */
@Component
class ObjectionProgressJdbc implements ObjectionProgress {

	private final JdbcClient jdbc;

	ObjectionProgressJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Progress> of(long objectionId) {
		return jdbc.sql("""
				select id, received_on, status, coalesce(verify_by, greatest(compare_by, correct_by)) as due_on,
				       updated_at, reviewed_on is not null as reviewed
				  from objections where id = ?""")
			.param(objectionId)
			.query((rs, n) -> new Progress(rs.getLong("id"), rs.getObject("received_on", LocalDate.class),
					rs.getString("status"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("updated_at", OffsetDateTime.class), rs.getBoolean("reviewed")))
			.optional();
	}
}
