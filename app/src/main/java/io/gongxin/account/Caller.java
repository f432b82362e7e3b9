package io.gongxin.account;

import java.util.Optional;

import io.gongxin.subject.SubjectKey;

/**
 * Who is calling: an authenticated account, or nobody ({@link #anonymous()}).
 *
 * @param organisation the organisation's code; {@code null} for anonymous and subject accounts
 * @param subject the subject a {@code SUBJECT} account acts as, else {@code null}
 */
public record Caller(String username, Role role, String organisation, SubjectKey subject) implements java.io.Serializable {

	private static final Caller ANONYMOUS = new Caller(null, null, null, null);

	public static Caller anonymous() {
		return ANONYMOUS;
	}

	public boolean isAnonymous() {
		return username == null;
	}

	public boolean has(Role wanted) {
		return role == wanted;
	}

	public Optional<SubjectKey> actingSubject() {
		return Optional.ofNullable(subject);
	}
}
