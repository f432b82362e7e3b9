package io.gongxin.dispute.internal;

import io.gongxin.subject.Subject;

/** What is objected to and by whom ({@link ObjectionFiling}); the consent only when the centre files for the person. */
record Filing(Subject subject, Long recordId, Omission omission, String reason, String statement,
		Objection.Consent consent) {
}
