package io.gongxin.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opening accounts and organisations, and issuing API tokens. */
public interface Accounts {

	/**
	 * Opens an account.
	 * @throws io.gongxin.platform.DomainException {@code USERNAME_TAKEN}, {@code UNKNOWN_ORGANISATION},
	 * {@code WEAK_PASSWORD}, {@code ORGANISATION_REQUIRED} or {@code SUBJECT_REQUIRED}
	 */
	Caller open(NewAccount account, String openedBy);

	Organisation registerOrganisation(Organisation organisation);

	Optional<Organisation> organisation(String code);

	List<Organisation> organisations();

	Optional<Caller> find(String username);

	boolean exists(String username);

	/** Whether the account's password is {@code password}; used to refuse demo secrets outside demo mode. */
	boolean passwordMatches(String username, String password);

	/** A new bearer token for the account, shown once; only its hash is kept. */
	IssuedToken issueToken(String username, String name, Instant expiresAt);

	/** A token as issued: the secret is never readable again. */
	record IssuedToken(long id, String token, Instant expiresAt) {
	}
}
