package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A report as anyone may verify it by its number (API.md, GET /reports/{number}).
 *
 * @param subjectName an organisation's name, or a person's family name only (张**)
 * @param issuedAt in the platform's time zone
 * @param digest the SM3 digest of the report's content, as printed on it
 * @param valid whether it is still within its validity today
 */
public record ReportVerification(String number, String subjectName, OffsetDateTime issuedAt, String digest,
		boolean valid, LocalDate validUntil) {
}
