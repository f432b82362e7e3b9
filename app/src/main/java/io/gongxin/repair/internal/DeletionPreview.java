package io.gongxin.repair.internal;

import java.time.LocalDate;

/** What asking for a deletion will do, shown before the person confirms (R-27b). */
record DeletionPreview(long recordId, String name, LocalDate dueBy, boolean dueByProvisional, LocalDate carryOutOn) {
}
