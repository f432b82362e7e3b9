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

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

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
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return Optional.of(IdentifierProblem.CHARACTER);
			}
		}
		if (checkCharacter(value) != value.charAt(17)) {
			return Optional.of(IdentifierProblem.CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/**
	 * Whether characters 9 to 17 are an organisation code with a valid GB 11714 check character, as every USCC
	 * issued by the organisation-code system carries. Only used to tell a USCC from a resident id number that
	 * happens to pass the USCC check too (about 1 in 31 do): a person's number must never be read, stored and
	 * shown in clear as an organisation's code.
	 */
	static boolean carriesOrganisationCode(String value) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = value.charAt(8 + i);
			int v = Character.isDigit(c) ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
			if (v < 0) {
				return false;
			}
			sum += v * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
		return value.charAt(16) == expected;
	}

	/** The check character of the first 17 characters, which must be in {@link #ALPHABET}. */
	public static char checkCharacter(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
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
