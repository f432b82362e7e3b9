package io.gongxin.batch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One batch as stored. */
record Batch(UUID id, String provider, String username, String item, BatchFormat format, String fileName,
		String storedPath, String status, int rows, int accepted, int rejected, int rowsDone, String failure,
		OffsetDateTime createdAt, OffsetDateTime finishedAt) {

	static Batch read(ResultSet rs, int row) throws SQLException {
		return new Batch(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("username"),
				rs.getString("item"), BatchFormat.valueOf(rs.getString("format")), rs.getString("file_name"),
				rs.getString("stored_path"), rs.getString("status"), rs.getInt("rows"), rs.getInt("accepted"),
				rs.getInt("rejected"), rs.getInt("rows_done"), rs.getString("failure"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
	}
}
