package io.gongxin.dispute.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.dispute.JoinedObjections;
import io.gongxin.dispute.ObjectionMark;

import org.springframework.stereotype.Component;

/** {@link JoinedObjections}: the same marks and withdrawals as {@link ObjectionMarksJdbc#onRecords}. */
@Component
class ObjectionJoin implements JoinedObjections {

	@Override
	public void read(ResultSet rs, long recordId, LocalDate today, Map<Long, ObjectionMark> marks,
			Map<Long, String> withdrawals) throws SQLException {
		rs.getLong("o_id");
		if (rs.wasNull()) {
			return;
		}
		if (rs.getBoolean("o_record_withdrawn")) {
			withdrawals.put(recordId, rs.getString("o_outcome"));
		}
		Objection.Status status = Objection.Status.valueOf(rs.getString("o_status"));
		if (Objection.MARKED.contains(status)) {
			marks.put(recordId, new ObjectionMark(status.name(), rs.getObject("o_received_on", LocalDate.class),
					Objection.suspended(status, rs.getObject("o_verify_by", LocalDate.class), today)));
		}
	}
}
