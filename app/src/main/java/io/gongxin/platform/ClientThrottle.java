package io.gongxin.platform;

/**
 * Counts what anonymous clients ask for, per client address and minute, in the database so that the limit
 * holds across every node (issue 12: anonymous lookups and reports). Signed-in callers are accountable and
 * are not counted here.
 */
public interface ClientThrottle {

	/** What is counted, each with its own limit per client and minute (a setting). */
	enum Bucket {
		/** An anonymous read of a subject's profile (API and portal). */
		LOOKUP,
		/** An anonymous credit report. */
		REPORT
	}

	/**
	 * Counts one request of {@code client} in the current minute.
	 * @throws DomainException 429 with {@code code} (its message takes the limit as argument) and a
	 * {@code Retry-After} once the client is past the bucket's limit for this minute
	 */
	void count(Bucket bucket, String client, String code);
}
