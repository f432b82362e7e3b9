package io.gongxin.subject;

import java.time.LocalDate;

/**
 * The outcome of checking one identifier, as {@code GET /api/v1/identifiers/{code}} reports it.
 *
 * @param identifier the valid identifier, or {@code null}
 * @param problem why it is invalid, or {@code null}
 */
public record IdentifierCheck(String input, String normalized, SubjectIdentifier identifier,
		IdentifierProblem problem) {

	public boolean valid() {
		return identifier != null;
	}

	public LocalDate birthDate() {
		return identifier instanceof ResidentIdNumber id ? id.birthDate() : null;
	}

	public boolean legacy() {
		return identifier instanceof UnifiedSocialCreditCode code && code.legacy();
	}
}
