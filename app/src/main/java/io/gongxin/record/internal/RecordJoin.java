package io.gongxin.record.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.gongxin.record.CreditRecord;
import io.gongxin.record.JoinedRecords;

import org.springframework.stereotype.Component;

/** {@link JoinedRecords}: the row read as {@link RecordRows#storedRecord} reads it, the fields passed through. */
@Component
class RecordJoin implements JoinedRecords {

	private final RecordRows rows;

	RecordJoin(RecordRows rows) {
		this.rows = rows;
	}

	@Override
	public CreditRecord read(ResultSet rs) throws SQLException {
		rs.getLong("r_record_id");
		return rs.wasNull() ? null : rows.storedRecord(rs, "r_");
	}
}
