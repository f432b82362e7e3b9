package io.gongxin.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * A name as {@link ProhibitedData} compares it, whatever its case, spacing, separators or full-width characters.
 * Traditional characters are folded to simplified ones first (ICU's Traditional-Simplified transliterator, not a hand
 * list).
 */
final class FoldedNames {

	private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern
		.compile("[\\s_\\-.·・/\\\\|:：()（）\\[\\]]+");

	private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z])([A-Z])");

	private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

	/** ICU transliterators keep state while they run, so each thread has its own. */
	private static final ThreadLocal<Transliterator> TO_SIMPLIFIED = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

	private FoldedNames() {
	}

	/** The name simplified, in lower case, without spaces or separators. */
	static String fold(String name) {
		String simplified = TO_SIMPLIFIED.get().transliterate(Normalizer.normalize(name, Normalizer.Form.NFKC));
		return SEPARATORS.matcher(simplified.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** The words of a name split at separators and camel-case humps, lower case. */
	static List<String> words(String name) {
		String spaced = CAMEL.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("$1 $2");
		return List.of(NON_WORD.split(spaced.toLowerCase(Locale.ROOT)));
	}
}
