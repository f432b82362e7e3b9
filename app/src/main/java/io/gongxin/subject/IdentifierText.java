package io.gongxin.subject;

import java.text.Normalizer;

/** How identifier input is normalised before it is checked. */
final class IdentifierText {

	private IdentifierText() {
	}

	/**
	 * Full-width letters and digits become ASCII (NFKC), every kind of space goes (including the
	 * ideographic space people type in Chinese input methods) and letters are upper-cased.
	 */
	static String normalise(String input) {
		if (input == null) {
			return "";
		}
		String folded = Normalizer.normalize(input, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
			.forEach(out::appendCodePoint);
		return out.toString().toUpperCase(java.util.Locale.ROOT);
	}
}
