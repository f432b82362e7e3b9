package io.gongxin.synthetic;

import io.gongxin.subject.UnifiedSocialCreditCode;

/** A synthetic organisation with its legal representative ({@link SyntheticSubjects}). */
public record SyntheticOrganisation(UnifiedSocialCreditCode code, String name, SyntheticPerson legalRepresentative) {
}
