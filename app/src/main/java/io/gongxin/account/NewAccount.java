package io.gongxin.account;

import io.gongxin.subject.SubjectIdentifier;

/**
 * What it takes to open an account. A {@code SUBJECT} account names its subject and no organisation;
 * every other role names its organisation.
 */
public record NewAccount(String username, String password, Role role, String organisation,
		SubjectIdentifier subject) {

	@Override
	public String toString() {
		return "NewAccount[" + username + ", " + role + ", " + organisation + "]";
	}
}
