package io.gongxin.catalog;

import java.util.List;
import java.util.Optional;

import static io.gongxin.catalog.FoldedNames.fold;
import static io.gongxin.catalog.FoldedNames.words;

/**
 * data the law forbids collecting about a person (religion, genes, fingerprints, blood type,
 * illness, medical history). A name matches whatever its case, spacing, separators or full-width
 * characters: {@code 血 型}, {@code Blood_Type}, {@code bloodType} and {@code ＲＥＬＩＧＩＯＮ} all do. Traditional
 * characters are folded to simplified ones first ({@link FoldedNames}), so {@code 指紋}, {@code 遺傳} and {@code 病歷}
 * match as well.
 */
public final class ProhibitedData {

	/** Folded terms: lower case, without spaces or separators. */
	private static final List<String> TERMS = List.of("宗教", "信仰", "基因", "遗传", "指纹", "血型", "疾病", "病史", "病历", "病情",
			"健康状况", "religion", "religious", "faith", "belief", "gene", "genetic", "genome", "dna", "fingerprint",
			"bloodtype", "bloodgroup", "illness", "disease", "medicalhistory", "medicalrecord", "diagnosis",
			"healthcondition");

	/** Short English terms that must be a whole word of the name, not part of another (e.g. "general"). */
	private static final List<String> WHOLE_WORDS = List.of("gene", "dna", "faith", "belief");

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
}
