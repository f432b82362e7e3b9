package io.gongxin.subject;

import java.time.LocalDate;

/**
 * 身份证号码: an 18-character resident identity number (GB 11643-1999), valid by construction
 * {@link ResidentIdFormat}). {@link #toString()} is masked so that a stray log line cannot leak it; use
 * {@link #value()} only where the whole number is needed (encryption, the person themself).
 */
public record ResidentIdNumber(String value) implements SubjectIdentifier {

	public ResidentIdNumber {
		ResidentIdFormat.problemOf(value).ifPresent(p -> {
			throw new InvalidIdentifierException(p);
		});
	}

	/** Normalises the input (spaces, full-width characters, case) and validates it. */
	public static ResidentIdNumber parse(String input) {
		String normalised = IdentifierText.normalise(input);
		if (normalised.isEmpty()) {
			throw new InvalidIdentifierException(IdentifierProblem.EMPTY);
		}
		return new ResidentIdNumber(normalised);
	}

	@Override
	public SubjectType subjectType() {
		return SubjectType.NATURAL_PERSON;
	}

	public LocalDate birthDate() {
		return ResidentIdFormat.birthDateOf(value);
	}

	/**
	 * Whether the person was at least 18 on the given date, from the 18th birthday on. Decided from the
	 * number in hand (a submission always carries it), so the platform never has to store a birth date.
	 */
	public boolean adultOn(LocalDate date) {
		return !birthDate().plusYears(18).isAfter(date);
	}

	/** The six-digit administrative division code of the place of first registration. */
	public String regionCode() {
		return value.substring(0, 6);
	}

	/** Shown as {@code 3101**********123X}: the region's first four and the last four characters. */
	@Override
	public String masked() {
		return value.substring(0, 4) + "**********" + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}
}
