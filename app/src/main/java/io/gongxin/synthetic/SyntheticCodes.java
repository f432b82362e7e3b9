package io.gongxin.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

import io.gongxin.subject.CheckCharacters;
import io.gongxin.subject.OrganisationCode;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.UnifiedSocialCreditCode;

/** Valid codes built from their parts, each with its check character (GB 11643, GB 32100, GB 11714). */
final class SyntheticCodes {

	private SyntheticCodes() {
	}

	static ResidentIdNumber residentId(String region, LocalDate birth, int sequence) {
		String first17 = region + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), sequence);
		return new ResidentIdNumber(first17 + CheckCharacters.residentId(first17));
	}

	/** A USCC of the kind and region whose organisation code is drawn at random. */
	static UnifiedSocialCreditCode uscc(String kind, String region, SplittableRandom random) {
		String first17 = kind + region + organisationCode(random);
		return new UnifiedSocialCreditCode(first17 + CheckCharacters.uscc(first17), false);
	}

	/** Nine characters: an eight-character body and its GB 11714 check character. */
	private static String organisationCode(SplittableRandom random) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(i < 2 && random.nextBoolean() ? UnifiedSocialCreditCode.ALPHABET.charAt(10 + random.nextInt(21))
					: (char) ('0' + random.nextInt(10)));
		}
		return body.append(OrganisationCode.checkCharacter(body)).toString();
	}
}
