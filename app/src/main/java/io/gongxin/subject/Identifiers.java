package io.gongxin.subject;

import io.gongxin.platform.DomainException;
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
			throw new DomainException(DomainException.Kind.INVALID,
					"INVALID_IDENTIFIER", java.util.Map.of("reasonCode", ex.reason().name()), field);
		}
	}

	/**
	 * Every valid reading of the input: a code valid both as a resident id number and as a USCC keeps
	 * the resident id as its primary reading (as before) and the USCC as the alternative.
	 */
	public IdentifierCheck check(String input) {
		String value = IdentifierText.normalise(input);
		Optional<IdentifierProblem> asPerson = ResidentIdFormat.problemOf(value);
		SubjectIdentifier organisation = organisation(value);
		if (asPerson.isEmpty()) {
			// a valid resident id reads as a USCC too only if it also carries a valid organisation code (GB 11714),
			// so a person's number mistyped as an organisation's is never stored and shown in clear
			boolean both = organisation != null && OrganisationCode.carriedBy(value);
			return new IdentifierCheck(input, value, new ResidentIdNumber(value), null, both ? organisation : null);
		}
		if (organisation != null) {
			return new IdentifierCheck(input, value, organisation, null, null);
		}
		return new IdentifierCheck(input, value, null,
				likelyProblem(value, asPerson.get(), UnifiedSocialCreditCode.problemOf(value).orElseThrow()), null);
	}

	/**
	 * The reading of the input as the declared type of subject, or a 400 {@code INVALID_IDENTIFIER} problem naming
	 * the field and why the code is not valid as that type (e.g. a resident id number declared a legal person).
	 */
	public SubjectIdentifier parseField(String input, String field, SubjectType declared) {
		IdentifierCheck check = check(input);
		return check.as(declared).orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "INVALID_IDENTIFIER",
				java.util.Map.of("reasonCode", check.problemAs(declared).orElseThrow().name(), "subjectType",
						declared.name()), field));
	}

	/** The valid check of a request field, every reading kept, or the 400 {@code INVALID_IDENTIFIER} problem. */
	public IdentifierCheck checkField(String input, String field) {
		IdentifierCheck check = check(input);
		if (!check.valid()) {
			throw new DomainException(DomainException.Kind.INVALID,
					"INVALID_IDENTIFIER", java.util.Map.of("reasonCode", check.problem().name()), field);
		}
		return check;
	}

	private UnifiedSocialCreditCode organisation(String value) {
		Optional<IdentifierProblem> problem = UnifiedSocialCreditCode.problemOf(value);
		if (problem.isEmpty()) {
			return new UnifiedSocialCreditCode(value, false);
		}
		if (problem.get() == IdentifierProblem.CHECK_CHARACTER && legacyCodes.contains(value)) {
			return new UnifiedSocialCreditCode(value, true);
		}
		return null;
	}

	/**
	 * Seventeen digits and a digit or X, with a year of birth where a resident id number has one, look
	 * like a resident id number, so its problem is the one to report, and so does a number wrong only in its
	 * province code; anything else is judged as a USCC.
	 */
	private static IdentifierProblem likelyProblem(String value, IdentifierProblem asPerson,
			IdentifierProblem asOrganisation) {
		boolean personShaped = asPerson == IdentifierProblem.CHECK_CHARACTER
				|| (asPerson == IdentifierProblem.REGION && ResidentIdFormat.onlyRegionWrong(value))
				|| (asPerson == IdentifierProblem.BIRTH_DATE && (value.startsWith("19", 6) || value.startsWith("20", 6)));
		return personShaped ? asPerson : asOrganisation;
	}
}
