package io.gongxin.subject;

import java.util.Optional;

/**
 * 统一社会信用代码: the 18-character code of a legal person or other organisation (GB 32100-2015),
 * valid by construction. A {@code legacy} code is one of the early codes whose check character
 * fails the computation but which the centre has put on its allow-list (see {@link Identifiers}).
 */
public record UnifiedSocialCreditCode(String value, boolean legacy) implements SubjectIdentifier {

	/** The code's alphabet: digits and upper-case letters without I, O, Z, S and V. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	public UnifiedSocialCreditCode {
		Optional<IdentifierProblem> problem = problemOf(value);
		if (problem.isPresent() && !(legacy && problem.get() == IdentifierProblem.CHECK_CHARACTER)) {
			throw new InvalidIdentifierException(problem.get());
		}
		legacy = legacy && problem.isPresent();
	}

	/** Normalises the input (spaces, full-width characters, case) and validates it strictly. */
	public static UnifiedSocialCreditCode parse(String input) {
		return new UnifiedSocialCreditCode(IdentifierText.normalise(input), false);
	}

	static Optional<IdentifierProblem> problemOf(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of(IdentifierProblem.EMPTY);
		}
		if (value.length() != 18) {
			return Optional.of(IdentifierProblem.LENGTH);
		}
		if (value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
			return Optional.of(IdentifierProblem.CHARACTER);
		}
		if (CheckCharacters.uscc(value) != value.charAt(17)) {
			return Optional.of(IdentifierProblem.CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	@Override
	public SubjectType subjectType() {
		return SubjectType.LEGAL_PERSON;
	}

	/** An organisation's code is public (API.md): it is never masked. */
	@Override
	public String masked() {
		return value;
	}

	@Override
	public String toString() {
		return value;
	}
}
