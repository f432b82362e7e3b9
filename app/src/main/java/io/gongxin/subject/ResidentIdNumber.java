package io.gongxin.subject;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 身份证号码: an 18-character resident identity number (GB 11643-1999), valid by construction
 * . {@link #toString()} is masked so that a stray log line cannot leak it; use
 * {@link #value()} only where the whole number is needed (encryption, the person themself).
 */
public record ResidentIdNumber(String value) implements SubjectIdentifier {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	/**
	 * the province-level codes of GB/T 2260 a number may start with: 11-15, 21-23, 31-37, 41-46, 50-54,
	 * 61-65, 71 (Taiwan, in the standard) and 81, 82 (Hong Kong, Macao: the residence permits of their
	 * residents, 810000 and 820000), plus 83, the code the Ministry of Public Security gives the residence
	 * permits of Taiwan residents (830000, since 2018), which are numbered like resident ids. No number of
	 * a 9x "province" exists: the foreigners' permanent residence card of 2023 starts with 9 but is not a
	 * 居民身份证, and 91/92/93 are the leading characters of most USCCs, so refusing them here is what keeps
	 * an enterprise's code from being read as a person's number.
	 */
	public static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22", "23",
			"31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
			"61", "62", "63", "64", "65", "71", "81", "82", "83");

	public ResidentIdNumber {
		problemOf(value).ifPresent(p -> {
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

	/** Why a normalised value is not a resident id number, if it is not. */
	static java.util.Optional<IdentifierProblem> problemOf(String value) {
		if (value == null || value.isEmpty()) {
			return java.util.Optional.of(IdentifierProblem.EMPTY);
		}
		if (value.length() != 18) {
			return java.util.Optional.of(IdentifierProblem.LENGTH);
		}
		for (int i = 0; i < 17; i++) {
			if (!isDigit(value.charAt(i))) {
				return java.util.Optional.of(IdentifierProblem.CHARACTER);
			}
		}
		char last = value.charAt(17);
		if (!isDigit(last) && last != 'X') {
			return java.util.Optional.of(IdentifierProblem.CHARACTER);
		}
		if (!PROVINCES.contains(value.substring(0, 2))) {
			return java.util.Optional.of(IdentifierProblem.REGION);
		}
		if (birthDateOf(value) == null) {
			return java.util.Optional.of(IdentifierProblem.BIRTH_DATE);
		}
		if (checkCharacter(value) != last) {
			return java.util.Optional.of(IdentifierProblem.CHECK_CHARACTER);
		}
		return java.util.Optional.empty();
	}

	/** Whether the value would be a valid number but for its province code: then that is the reason to give. */
	static boolean onlyRegionWrong(String value) {
		return problemOf(value).filter(p -> p == IdentifierProblem.REGION).isPresent() && birthDateOf(value) != null
				&& checkCharacter(value) == value.charAt(17);
	}

	/** The check character of the first 17 digits. */
	public static char checkCharacter(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	@Override
	public SubjectType subjectType() {
		return SubjectType.NATURAL_PERSON;
	}

	public LocalDate birthDate() {
		return birthDateOf(value);
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

	private static LocalDate birthDateOf(String value) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
			// a birth date in the future is impossible; the exact "today" is checked by callers with a clock
			boolean plausible = !date.isBefore(EARLIEST_BIRTH) && !date.isAfter(LocalDate.now().plusDays(1));
			return plausible ? date : null;
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
