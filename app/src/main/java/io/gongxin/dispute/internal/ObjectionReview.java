package io.gongxin.dispute.internal;

import java.time.LocalDate;

/** The centre's review of a disagreed objection (R-30a): the day and its written conclusion. */
record ObjectionReview(LocalDate on, String conclusion) {
}
