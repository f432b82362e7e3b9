package io.gongxin.subject;

/**
 * The check character of a USCC (GB 32100) and of a resident id number (GB 11643), computed over the first 17
 * characters; the organisation code inside a USCC has its own ({@link OrganisationCode}).
 */
public final class CheckCharacters {

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] RESIDENT_ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String RESIDENT_ID_CHECK = "10X98765432";

	private CheckCharacters() {
	}

	/** The check character of a USCC's first 17 characters, which must be in {@link UnifiedSocialCreditCode#ALPHABET}. */
	public static char uscc(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += UnifiedSocialCreditCode.ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
		}
		return UnifiedSocialCreditCode.ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/** The check character of a resident id number's first 17 digits. */
	public static char residentId(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
		}
		return RESIDENT_ID_CHECK.charAt(sum % 11);
	}
}
