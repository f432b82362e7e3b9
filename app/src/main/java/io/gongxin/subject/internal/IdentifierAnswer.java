package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.SubjectIdentifier;

/**
 * API.md: {@code {"input","valid","type","normalized"}} always ({@code type} null when invalid); a valid code
 * adds {@code types}, a resident id its {@code birthDate}, a legacy code {@code legacy}; an invalid one
 * {@code reason} and {@code reasonCode}.
 */
record IdentifierAnswer(String input, boolean valid, String type, String normalized,
		@JsonInclude(Include.NON_NULL) List<String> types, @JsonInclude(Include.NON_NULL) LocalDate birthDate,
		@JsonInclude(Include.NON_NULL) Boolean legacy, @JsonInclude(Include.NON_NULL) String reason,
		@JsonInclude(Include.NON_NULL) String reasonCode) {

	/** a code valid both ways names both; the subject type declared with it decides. */
	static IdentifierAnswer valid(IdentifierCheck check) {
		return new IdentifierAnswer(check.input(), true, typeName(check.identifier()), check.normalized(),
				check.readings().stream().map(IdentifierAnswer::typeName).toList(), check.birthDate(),
				check.legacy() ? Boolean.TRUE : null, null, null);
	}

	/** An invalid code is an answer, with the reason in the reader's language. */
	static IdentifierAnswer invalid(IdentifierCheck check, String reason) {
		return new IdentifierAnswer(check.input(), false, null, check.normalized(), null, null, null, reason,
				check.problem().name());
	}

	private static String typeName(SubjectIdentifier identifier) {
		return switch (identifier.subjectType()) {
			case LEGAL_PERSON -> "USCC";
			case NATURAL_PERSON -> "RESIDENT_ID";
		};
	}
}
