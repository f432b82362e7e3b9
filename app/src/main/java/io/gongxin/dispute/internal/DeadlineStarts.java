package io.gongxin.dispute.internal;

import java.time.LocalDate;

/** An open objection's start days, from which its deadlines are counted (R-29, R-WD). */
record DeadlineStarts(long id, LocalDate receivedOn, LocalDate forwardedOn) {
}
