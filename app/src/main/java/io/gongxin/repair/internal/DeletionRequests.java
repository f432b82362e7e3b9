package io.gongxin.repair.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The deletion requests ({@code deletion_requests}) as {@link DeletionRequest}s. */
@Component
class DeletionRequests {

	private static final String COLUMNS = "id, subject_key, record_id, status, due_by, carry_out_on";

	private final JdbcClient jdbc;

	DeletionRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The request, locked until the transaction ends; {@code UNKNOWN_DELETION_REQUEST} when there is none. */
	DeletionRequest lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from deletion_requests where id = ? for update")
			.param(id)
			.query(this::request)
			.optional()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_DELETION_REQUEST",
					Map.of("id", id), String.valueOf(id)));
	}

	/** The pending requests whose carry-out day has come, locked; those another node holds are skipped. */
	List<DeletionRequest> lockDue(LocalDate day, int limit) {
		return jdbc.sql("select " + COLUMNS + " from deletion_requests where status = 'PENDING' and carry_out_on <= ?"
				+ " order by carry_out_on, id limit ? for update skip locked")
			.params(day, limit)
			.query(this::request)
			.list();
	}

	/** Stores the request's new status ({@code WITHDRAWN} or {@code DONE}) with when it was reached. */
	void moved(DeletionRequest request, OffsetDateTime at) {
		String when = request.status() == DeletionStatus.WITHDRAWN ? "withdrawn_at" : "done_at";
		jdbc.sql("update deletion_requests set status = ?, " + when + " = ? where id = ?")
			.params(request.status().name(), at, request.id())
			.update();
	}

	private DeletionRequest request(ResultSet rs, int row) throws SQLException {
		return new DeletionRequest(rs.getLong("id"), new SubjectKey(rs.getLong("subject_key")), rs.getLong("record_id"),
				DeletionStatus.valueOf(rs.getString("status")), rs.getObject("due_by", LocalDate.class),
				rs.getObject("carry_out_on", LocalDate.class));
	}
}
