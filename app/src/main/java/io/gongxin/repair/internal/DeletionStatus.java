package io.gongxin.repair.internal;

/** Where a deletion request is (R-27b): waiting (withdrawable), carried out, or withdrawn by its subject. */
enum DeletionStatus {
	PENDING, DONE, WITHDRAWN
}
