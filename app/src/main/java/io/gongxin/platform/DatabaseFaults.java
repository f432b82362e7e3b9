package io.gongxin.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database is away (stopped, restarting, failing over, unreachable) rather than
 * that the request or the code was wrong: such a failure is answered 503 {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After}, never 500 (issue 13, point 7).
 *
 * <p>Recognised anywhere in the cause chain: Spring's {@link DataAccessResourceFailureException} (which
 * {@code CannotGetJdbcConnectionException} extends) and {@link CannotCreateTransactionException}; JDBC's connection
 * exceptions ({@link SQLTransientConnectionException}, as Hikari reports a pool that timed out, and
 * {@link SQLNonTransientConnectionException}); and any {@link SQLException} whose SQLState is of class 08
 * (connection exception) or 57P01 to 57P03 (PostgreSQL shutting down, crashed, not yet accepting connections);
 * and a failed rollback ({@link TransactionSystemException}) of a statement that failed so.
 */
public final class DatabaseFaults {

	/** The problem code. */
	public static final String CODE = "DATABASE_UNAVAILABLE";

	private DatabaseFaults() {
	}

	public static boolean unavailable(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// a statement failed on a terminated connection, then its rollback on the closed one: the first says why
			if (cause instanceof TransactionSystemException tx && (tx.getApplicationException() != null
					? unavailable(tx.getApplicationException()) : tx.getCause() instanceof SQLException)) {
				// or a commit cut off, then its rollback on the closed connection: only the latter is kept
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
					return true;
				}
			}
		}
		return false;
	}
}
