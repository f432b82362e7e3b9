package io.gongxin.repair.internal;

import java.time.LocalDate;

/** API.md {@code {"id","dueBy"}}, whether {@code dueBy} rests on a provisional calendar (R-WD), the status. */
record Deletion(long id, LocalDate dueBy, boolean dueByProvisional, DeletionStatus status, LocalDate carryOutOn) {
}
