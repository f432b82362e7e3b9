package io.gongxin.subject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads identifiers from user input: which kind it is, whether it is valid, and, for an early
 * USCC whose check character fails, whether the centre's allow-list
 * ({@code gongxin.identifiers.legacy-codes}) accepts it as {@code legacy}.
 */
public class Identifiers {

	private final Set<String> legacyCodes;

	public Identifiers(List<String> legacyCodes) {
		this.legacyCodes = legacyCodes.stream()
			.map(IdentifierText::normalise)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The identifier the input denotes, or an {@link InvalidIdentifierException} saying why not. */
	public SubjectIdentifier parse(String input) {
		IdentifierCheck check = check(input);
		if (!check.valid()) {
			throw new InvalidIdentifierException(check.problem());
		}
		return check.identifier();
	}

	/**
	 * The identifier a request parameter or body field carries, or a 400 {@code INVALID_IDENTIFIER} problem
	 * naming the field and the reason (never the value).
	 */
	public SubjectIdentifier parseField(String input, String field) {
		try {
			return parse(input);
		}
		catch (InvalidIdentifierException ex) {
			throw new io.gongxin.platform.ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST,
					"INVALID_IDENTIFIER", java.util.Map.of("reasonCode", ex.reason().name()), field);
		}
	}

	public IdentifierCheck check(String input) {
		String value = IdentifierText.normalise(input);
		Optional<IdentifierProblem> asPerson = ResidentIdNumber.problemOf(value);
		if (asPerson.isEmpty()) {
			return new IdentifierCheck(input, value, new ResidentIdNumber(value), null);
		}
		Optional<IdentifierProblem> asOrganisation = UnifiedSocialCreditCode.problemOf(value);
		if (asOrganisation.isEmpty()) {
			return new IdentifierCheck(input, value, new UnifiedSocialCreditCode(value, false), null);
		}
		if (asOrganisation.get() == IdentifierProblem.CHECK_CHARACTER && legacyCodes.contains(value)) {
			return new IdentifierCheck(input, value, new UnifiedSocialCreditCode(value, true), null);
		}
		return new IdentifierCheck(input, value, null, likelyProblem(value, asPerson.get(), asOrganisation.get()));
	}

	/**
	 * Seventeen digits and a digit or X, with a year of birth where a resident id number has one, look
	 * like a resident id number, so its problem is the one to report; anything else is judged as a USCC.
	 */
	private static IdentifierProblem likelyProblem(String value, IdentifierProblem asPerson,
			IdentifierProblem asOrganisation) {
		boolean personShaped = asPerson == IdentifierProblem.CHECK_CHARACTER
				|| (asPerson == IdentifierProblem.BIRTH_DATE && (value.startsWith("19", 6) || value.startsWith("20", 6)));
		return personShaped ? asPerson : asOrganisation;
	}
}
