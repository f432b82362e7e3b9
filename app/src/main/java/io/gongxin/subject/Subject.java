package io.gongxin.subject;

/**
 * 信息主体: a legal person or other organisation, or a natural person.
 *
 * <p>A person's birth date is not part of it: it is not stored in clear, since with the masked number it
 * would leave a handful of candidates for the whole id number. Adulthood is decided from the
 * number a submission carries: {@link ResidentIdNumber#adultOn}.
 *
 * @param displayIdentifier the USCC whole, or a person's id number masked
 */
public record Subject(SubjectKey key, SubjectType type, String name, String displayIdentifier, boolean legacyCode) {
}
