package io.gongxin.subject;

import java.util.Set;

/** The province-level codes of GB/T 2260 a resident id number may start with ({@link ResidentIdNumber}). */
public final class Provinces {

	/**
	 * 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 (Taiwan, in the standard) and 81, 82 (Hong Kong, Macao: the
	 * residence permits of their residents, 810000 and 820000), plus 83, the code the Ministry of Public Security
	 * gives the residence permits of Taiwan residents (830000, since 2018), which are numbered like resident ids. No
	 * number of a 9x "province" exists: the foreigners' permanent residence card of 2023 starts with 9 but is not a
	 * 居民身份证, and 91/92/93 are the leading characters of most USCCs, so refusing them here is what keeps an
	 * enterprise's code from being read as a person's number.
	 */
	public static final Set<String> CODES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82", "83");

	private Provinces() {
	}
}
