package io.gongxin.subject;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes 18 characters a resident id number (GB 11643-1999, R-05): 17 digits and a digit or X, a province
 * ({@link Provinces}), a real birth date and the check character.
 */
final class ResidentIdFormat {

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	/** Compiled once: every subject of a batch row is tried as a resident id number first. */
	private static final Pattern CHARACTERS = Pattern.compile("[0-9]{17}[0-9X]");

	private ResidentIdFormat() {
	}

	/** Why a normalised value is not a resident id number, if it is not. */
	static Optional<IdentifierProblem> problemOf(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of(IdentifierProblem.EMPTY);
		}
		if (value.length() != 18) {
			return Optional.of(IdentifierProblem.LENGTH);
		}
		if (!CHARACTERS.matcher(value).matches()) {
			return Optional.of(IdentifierProblem.CHARACTER);
		}
		if (!Provinces.CODES.contains(value.substring(0, 2))) {
			return Optional.of(IdentifierProblem.REGION);
		}
		if (birthDateOf(value) == null) {
			return Optional.of(IdentifierProblem.BIRTH_DATE);
		}
		if (CheckCharacters.residentId(value) != value.charAt(17)) {
			return Optional.of(IdentifierProblem.CHECK_CHARACTER);
		}
		return Optional.empty();
	}

	/** Whether the value would be a valid number but for its province code: then that is the reason to give. */
	static boolean onlyRegionWrong(String value) {
		return problemOf(value).filter(p -> p == IdentifierProblem.REGION).isPresent() && birthDateOf(value) != null
				&& CheckCharacters.residentId(value) == value.charAt(17);
	}

	static LocalDate birthDateOf(String value) {
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
}
