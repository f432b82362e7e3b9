package io.gongxin.repair.internal;

/** Where a repair application is (R-RP): waiting for its provider, or decided once and for all. */
enum RepairStatus {
	PENDING, APPROVED, REJECTED
}
