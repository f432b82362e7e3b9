package io.gongxin.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.UnifiedSocialCreditCode;

/**
 * A reproducible stream of synthetic organisations and persons: the same seed always yields the same
 * subjects in the same order. Codes and numbers are valid (GB 32100, GB 11643) with real region
 * codes; names are Chinese. Not thread-safe: use one generator per thread.
 */
public final class SyntheticSubjects {

	/** Registration authority and kind: 91 enterprise, 92 individual business, 93 farmers' cooperative. */
	private static final String[] KINDS = { "91", "91", "91", "91", "91", "91", "91", "91", "92", "93" };

	private static final String ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] ORG_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private final SplittableRandom random;

	public SyntheticSubjects(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** A synthetic natural person. */
	public record Person(ResidentIdNumber id, String name, LocalDate birthDate, boolean male) {

		@Override
		public String toString() {
			return "Person[" + id.masked() + ", " + name + "]";
		}
	}

	/** A synthetic organisation with its legal representative. */
	public record Organisation(UnifiedSocialCreditCode code, String name, Person legalRepresentative) {
	}

	/** An adult born between 1955 and 2000. */
	public Person person() {
		return person(LocalDate.of(1955, 1, 1), LocalDate.of(2000, 12, 31));
	}

	public Person person(LocalDate bornFrom, LocalDate bornUntil) {
		Regions.Region region = region();
		LocalDate birth = bornFrom.plusDays(random.nextLong(bornUntil.toEpochDay() - bornFrom.toEpochDay() + 1));
		int sequence = 1 + random.nextInt(999);
		String first17 = region.code() + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), sequence);
		ResidentIdNumber id = new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17));
		return new Person(id, Names.person(random), birth, sequence % 2 == 1);
	}

	public Organisation organisation() {
		Regions.Region region = region();
		String kind = KINDS[random.nextInt(KINDS.length)];
		String first17 = kind + region.code() + organisationCode();
		UnifiedSocialCreditCode code = new UnifiedSocialCreditCode(
				first17 + UnifiedSocialCreditCode.checkCharacter(first17), false);
		Person representative = person();
		String name = switch (kind) {
			case "92" -> Names.shop(random, region.district(), representative.name());
			case "93" -> Names.cooperative(random, region.district());
			default -> Names.company(random, region.city());
		};
		return new Organisation(code, name, representative);
	}

	/** Nine characters: an eight-character body and its GB 11714 check character. */
	private String organisationCode() {
		StringBuilder body = new StringBuilder();
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = i < 2 && random.nextBoolean() ? ORG_CODE_CHARS.charAt(10 + random.nextInt(21))
					: (char) ('0' + random.nextInt(10));
			body.append(c);
			sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return body.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check)).toString();
	}

	private Regions.Region region() {
		// two of three subjects are from Shanghai, the rest from other cities
		int shanghai = 16;
		return random.nextInt(3) < 2 ? Regions.ALL.get(random.nextInt(shanghai))
				: Regions.ALL.get(shanghai + random.nextInt(Regions.ALL.size() - shanghai));
	}
}
