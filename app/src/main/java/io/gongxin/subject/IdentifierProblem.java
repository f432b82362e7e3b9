package io.gongxin.subject;

/** Why an identifier is not valid; each has a Chinese and English message ({@code identifier.reason.*}). */
public enum IdentifierProblem {

	/** Nothing left after normalisation. */
	EMPTY,
	/** Not 18 characters long. */
	LENGTH,
	/** A character outside the identifier's alphabet. */
	CHARACTER,
	/**
	 * The first two digits of a resident id number are not a province-level code of GB/T 2260 (see
	 * {@link Provinces#CODES}).
	 */
	REGION,
	/** The 7th to 14th characters of a resident id number are not a real date, or lie in the future. */
	BIRTH_DATE,
	/** The last character does not match the computed check character. */
	CHECK_CHARACTER,
	/**
	 * A valid resident id number that passes the USCC check too, but whose characters 9 to 17 are no valid
	 * organisation code (GB 11714): read as a person's number only.
	 */
	ORGANISATION_CODE
}
