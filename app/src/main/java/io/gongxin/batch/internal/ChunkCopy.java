package io.gongxin.batch.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** The binary {@code COPY} that stages a chunk ({@link ChunkStaging}), its rows as {@link StagingRows} writes them. */
@Component
class ChunkCopy {

	/** Rows written to the copy stream. */
	@FunctionalInterface
	interface Rows {

		void writeTo(OutputStream out) throws IOException;
	}

	private static final int BUFFER = 1 << 16;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ChunkCopy(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * One COPY of the chunk's rows into a temporary table of this transaction (no WAL, no index, dropped at
	 * commit), on the transaction's own connection, streamed as they are encoded.
	 */
	void copy(Rows rows) {
		jdbc.sql("create temp table batch_chunk (like batch_staging) on commit drop").update();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			into(connection.unwrap(PGConnection.class), "copy batch_chunk (" + StagingRows.COLUMNS
					+ ") from stdin (format binary)", rows);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into batch_staging failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Streams the rows through a COPY; one that fails half-way is cancelled, not ended. */
	static void into(PGConnection connection, String sql, Rows rows) throws SQLException, IOException {
		PGCopyOutputStream copy = new PGCopyOutputStream(connection, sql, BUFFER);
		try {
			BufferedOutputStream out = new BufferedOutputStream(copy, BUFFER);
			rows.writeTo(out);
			out.flush();
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}
}
