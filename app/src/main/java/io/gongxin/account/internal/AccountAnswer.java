package io.gongxin.account.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.subject.Subjects;

/** An account as API.md shows it; {@code subject} only on a SUBJECT account. */
record AccountAnswer(String username, Role role, String organisation,
		@JsonInclude(JsonInclude.Include.NON_NULL) BoundSubject subject) {

	static AccountAnswer of(Caller caller, Subjects subjects) {
		BoundSubject subject = caller.actingSubject()
			.flatMap(subjects::find)
			.map(s -> new BoundSubject(s.type(), s.displayIdentifier()))
			.orElse(null);
		return new AccountAnswer(caller.username(), caller.role(), caller.organisation(), subject);
	}
}
