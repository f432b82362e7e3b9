package io.gongxin.platform;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which database errors are worth trying again (issue 13, point 7): the server or the network went away for a
 * while, or PostgreSQL chose this transaction to give way. Everything else (a constraint, a bad statement, a
 * lost lease) is an answer, not a hiccup, and is never retried.
 */
public final class TransientDatabaseErrors {

	/**
	 * 57P01 admin shutdown (a restart, or {@code pg_terminate_backend}), 57P02 crash shutdown, 57P03 cannot
	 * connect now (starting up, or a standby being promoted), 40001 serialization failure, 40P01 deadlock.
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");

	private TransientDatabaseErrors() {
	}

	/** True when {@code failure}, or anything that caused it, says the database was away or asks to retry. */
	public static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
				// Hikari's connection timeout while the server is away; a connection the driver gave up on
				return true;
			}
			if (cause instanceof TransactionSystemException tx && (tx.getApplicationException() != null
					? isTransient(tx.getApplicationException()) : tx.getCause() instanceof SQLException)) {
				// the statement failed on a terminated connection, then the rollback on the closed one: the first says
				// why; or a commit cut off, then its rollback on the closed connection (Spring keeps only the latter,
				// "Connection is closed", without a state): a commit or rollback the driver could not complete
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
				// class 08: connection exception (refused, broken, terminated while in use)
				return true;
			}
		}
		return false;
	}
}
