package io.gongxin.query;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Matter;
import io.gongxin.subject.SubjectKey;

/**
 * The matter a government querier declares: it must name one, it must be a matter of the published
 * application list, and it must be granted to the querier's organisation. Every endpoint that takes a matter
 * goes through here, so none can be used to read past the grants.
 */
public interface DeclaredMatters {

	/**
	 * The declared matter, checked. A matter that exists but is not granted is refused, and the attempt is
	 * written on the query log (channel {@code REFUSED}) in its own transaction, so it stays there although the
	 * caller's work is rolled back.
	 * @param purposeRequired whether a purpose must be given too ({@code MATTER_REQUIRED} without it)
	 * @throws io.gongxin.platform.DomainException {@code MATTER_REQUIRED} (400), {@code UNKNOWN_MATTER} (400) or
	 * {@code MATTER_NOT_GRANTED} (403)
	 */
	Matter check(Caller caller, SubjectKey subject, String matter, String purpose, boolean purposeRequired);

	/**
	 * A matter anyone else may name (API.md: a {@code matter} must be a matter of the published catalog): none,
	 * or one of the catalog's, never free text that would go on the log as it came.
	 * @return the matter's code, or {@code null} when none is given
	 * @throws io.gongxin.platform.DomainException {@code UNKNOWN_MATTER} (400), or {@code VALIDATION_FAILED}
	 * naming {@code matter} for one longer than any code
	 */
	String known(String matter);

	/**
	 * A declared purpose, bounded (API.md: at most {@value #PURPOSE_MAX} characters).
	 * @return the purpose stripped, or {@code null} when none is given
	 * @throws io.gongxin.platform.DomainException {@code VALIDATION_FAILED} naming {@code purpose}
	 */
	String purpose(String purpose);

	/** The longest purpose a caller may declare (API.md, Conventions). */
	int PURPOSE_MAX = 200;

	/** The longest matter code the catalog uses. */
	int MATTER_MAX = 64;
}
