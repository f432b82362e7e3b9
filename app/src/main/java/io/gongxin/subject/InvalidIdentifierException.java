package io.gongxin.subject;

/**
 * An identifier failed R-05. {@link #reason()} is a stable reason code (e.g. {@code CHECK_CHARACTER});
 * the message never repeats the input, so it is safe to log.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

	private final IdentifierProblem reason;

	public InvalidIdentifierException(IdentifierProblem reason) {
		super("invalid identifier: " + reason);
		this.reason = reason;
	}

	public IdentifierProblem reason() {
		return reason;
	}
}
