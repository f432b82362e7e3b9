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

	private final SplittableRandom random;

	public SyntheticSubjects(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** An adult born between 1955 and 2000. */
	public SyntheticPerson person() {
		return person(LocalDate.of(1955, 1, 1), LocalDate.of(2000, 12, 31));
	}

	public SyntheticPerson person(LocalDate bornFrom, LocalDate bornUntil) {
		Regions.Region region = region();
		LocalDate birth = bornFrom.plusDays(random.nextLong(bornUntil.toEpochDay() - bornFrom.toEpochDay() + 1));
		int sequence = 1 + random.nextInt(999);
		ResidentIdNumber id = SyntheticCodes.residentId(region.code(), birth, sequence);
		return new SyntheticPerson(id, Names.person(random), birth, sequence % 2 == 1);
	}

	public SyntheticOrganisation organisation() {
		Regions.Region region = region();
		String kind = KINDS[random.nextInt(KINDS.length)];
		UnifiedSocialCreditCode code = SyntheticCodes.uscc(kind, region.code(), random);
		SyntheticPerson representative = person();
		String name = switch (kind) {
			case "92" -> Names.shop(random, region.district(), representative.name());
			case "93" -> Names.cooperative(random, region.district());
			default -> Names.company(random, region.city());
		};
		return new SyntheticOrganisation(code, name, representative);
	}

	private Regions.Region region() {
		// two of three subjects are from Shanghai, the rest from other cities
		int shanghai = 16;
		return random.nextInt(3) < 2 ? Regions.ALL.get(random.nextInt(shanghai))
				: Regions.ALL.get(shanghai + random.nextInt(Regions.ALL.size() - shanghai));
	}
}
