package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.audit.WhoQueried;
import io.gongxin.measures.ListMemberships;
import io.gongxin.query.CreditProfile;

/**
 * What a report says, before layout. Its canonical JSON (without the digest) is what the digest covers.
 *
 * @param edition PUBLIC, OWN, AUTHORIZED, GOVERNMENT or CENTRE: whose view the report shows
 * @param grade the credit grade, for the callers entitled to it, else {@code null}
 * @param queries who queried the subject, others first and the platform's own processing apart (its own report
 * only, R-34), else {@code null}
 * @param ownReportOfYear which of this year's own reports this is, else {@code null}
 */
record ReportContent(String number, OffsetDateTime issuedAt, LocalDate validUntil, String edition, Party subject,
		String matter, String purpose, List<Section> sections, List<ListLine> lists, Grade grade,
		WhoQueried.Overview queries, Integer ownReportOfYear, int freePerYear, String digest) {

	ReportContent withDigest(String value) {
		return new ReportContent(number, issuedAt, validUntil, edition, subject, matter, purpose, sections, lists, grade,
				queries, ownReportOfYear, freePerYear, value);
	}

	public boolean free() {
		return ownReportOfYear != null && ownReportOfYear <= freePerYear;
	}

	record Party(String type, String id, String name) {

		static Party of(CreditProfile.Party party) {
			return new Party(String.valueOf(party.type()), party.id(), party.name());
		}
	}

	/** A part of the report: licensing, penalties, other dishonesty, commendations and other information. */
	record Section(String key, List<RecordLine> lines) {
	}

	record Field(String label, String value) {
	}

	record ListLine(String type, String reason, String basis, LocalDate decidedOn, LocalDate validUntil) {

		static ListLine of(ListMemberships.Membership m) {
			return new ListLine(m.type().name(), m.reason(), m.basis(), m.decidedOn(), m.validUntil());
		}
	}

	record Grade(String grade, double score, String model) {
	}

}
