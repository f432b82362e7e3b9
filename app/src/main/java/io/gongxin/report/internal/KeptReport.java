package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A report as its verification shows it. */
record KeptReport(String number, String subjectName, OffsetDateTime issuedAt, LocalDate validUntil,
		String digest) {

	boolean validOn(LocalDate day) {
		return !validUntil.isBefore(day);
	}

	/**
	 * Whether the digest a reader typed or pasted from the report is this report's: spaces, line breaks and
	 * letter case do not count, so a digest copied in groups from a printed page still compares.
	 */
	boolean digestMatches(String typed) {
		return typed != null && digest != null
				&& typed.replaceAll("\\s+", "").equalsIgnoreCase(digest.strip());
	}

	/** The digest in groups of eight characters, so a reader can find their place and the line can wrap. */
	public List<String> digestGroups() {
		List<String> groups = new ArrayList<>();
		for (int start = 0; digest != null && start < digest.length(); start += 8) {
			groups.add(digest.substring(start, Math.min(digest.length(), start + 8)));
		}
		return groups;
	}
}
