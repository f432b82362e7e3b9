package io.gongxin.repair.internal;

/** API.md {@code {"id","status"}}: a repair application as its applying or deciding left it. */
record RepairAnswer(long id, RepairStatus status) {

	static RepairAnswer of(Repair repair) {
		return new RepairAnswer(repair.id(), repair.status());
	}
}
