package io.gongxin.subject;

/**
 * 组织机构代码 (GB 11714): eight digits or capital letters and a check character, characters 9 to 17 of every USCC
 * issued by the organisation-code system.
 */
public final class OrganisationCode {

	private static final int[] WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private OrganisationCode() {
	}

	/** The check character of the first eight characters, or {@code 0} when one is no digit or capital letter. */
	public static char checkCharacter(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
			if (v < 0) {
				return 0;
			}
			sum += v * WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/**
	 * Whether characters 9 to 17 of the code are an organisation code with a valid check character. Only used to
	 * tell a USCC from a resident id number that happens to pass the USCC check too (about 1 in 31 do): a person's
	 * number must never be read, stored and shown in clear as an organisation's code.
	 */
	static boolean carriedBy(String value) {
		char expected = checkCharacter(value.subSequence(8, 16));
		return expected != 0 && value.charAt(16) == expected;
	}
}
