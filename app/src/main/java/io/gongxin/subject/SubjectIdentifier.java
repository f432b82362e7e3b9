package io.gongxin.subject;

/** The identifier of a subject: a USCC for organisations, a resident id number for natural persons. */
public sealed interface SubjectIdentifier permits UnifiedSocialCreditCode, ResidentIdNumber {

	/** The normalised identifier; for a person, the whole number (handle with care). */
	String value();

	SubjectType subjectType();

	/** What may be shown to a caller not entitled to the whole identifier. */
	String masked();
}
