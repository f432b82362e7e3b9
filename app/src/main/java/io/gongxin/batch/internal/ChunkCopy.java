package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** The {@code COPY} that stages a chunk ({@link ChunkStaging}), its rows as {@link StagingCsv} wrote them. */
@Component
class ChunkCopy {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ChunkCopy(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * One COPY of the chunk's rows into a temporary table of this transaction (no WAL, no index, dropped at
	 * commit), on the transaction's own connection.
	 */
	void copy(String csv) {
		jdbc.sql("create temp table batch_chunk (like batch_staging) on commit drop").update();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy batch_chunk (batch_id, row_no, source_ref, subject_key, occurred_on, ended_on, fields, late,"
						+ " record_id, outcome) from stdin (format csv)", new StringReader(csv));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into batch_staging failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
