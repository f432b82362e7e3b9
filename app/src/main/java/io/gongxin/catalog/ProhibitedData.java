package io.gongxin.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.text.Transliterator;

/**
 * data the law forbids collecting about a person (religion, genes, fingerprints, blood type,
 * illness, medical history). A name matches whatever its case, spacing, separators or full-width
 * characters: {@code 血 型}, {@code Blood_Type}, {@code bloodType} and {@code ＲＥＬＩＧＩＯＮ} all do. Traditional
 * characters are folded to simplified ones first (ICU's Traditional-Simplified transliterator, not a hand list), so
 * {@code 指紋}, {@code 遺傳} and {@code 病歷} match as well.
 */
public final class ProhibitedData {

	/** Folded terms: lower case, without spaces or separators. */
	private static final List<String> TERMS = List.of("宗教", "信仰", "基因", "遗传", "指纹", "血型", "疾病", "病史", "病历", "病情",
			"健康状况", "religion", "religious", "faith", "belief", "gene", "genetic", "genome", "dna", "fingerprint",
			"bloodtype", "bloodgroup", "illness", "disease", "medicalhistory", "medicalrecord", "diagnosis",
			"healthcondition");

	/** Short English terms that must be a whole word of the name, not part of another (e.g. "general"). */
	private static final List<String> WHOLE_WORDS = List.of("gene", "dna", "faith", "belief");

	private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern
		.compile("[\\s_\\-.·・/\\\\|:：()（）\\[\\]]+");

	private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z])([A-Z])");

	private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");

	/** ICU transliterators keep state while they run, so each thread has its own. */
	private static final ThreadLocal<Transliterator> TO_SIMPLIFIED = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

	private ProhibitedData() {
	}

	/** The prohibited term the name carries, if any. */
	public static Optional<String> termIn(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String folded = fold(name);
		for (String term : TERMS) {
			if (WHOLE_WORDS.contains(term) ? words(name).contains(term) : folded.contains(term)) {
				return Optional.of(term);
			}
		}
		return Optional.empty();
	}

	private static String fold(String name) {
		String simplified = TO_SIMPLIFIED.get().transliterate(Normalizer.normalize(name, Normalizer.Form.NFKC));
		return SEPARATORS.matcher(simplified.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** The words of a name split at separators and camel-case humps, lower case. */
	private static List<String> words(String name) {
		String spaced = CAMEL.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("$1 $2");
		return List.of(NON_WORD.split(spaced.toLowerCase(Locale.ROOT)));
	}
}
