package io.gongxin.repair.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Deletion and repair: a pending deletion request withdrawn by its subject (R-27b). */
@RestController
@Tag(name = "repair", description = "删除申请与信用修复 / deletion and repair")
class DeletionWithdrawalController {

	private final DeletionWithdrawal withdrawal;

	DeletionWithdrawalController(DeletionWithdrawal withdrawal) {
		this.withdrawal = withdrawal;
	}

	@PostMapping("/api/v1/deletion-requests/{id}/withdrawal")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "撤回尚未办理的删除申请 / withdraw a pending deletion request",
			description = "R-27b: 403 NOT_OWN_REQUEST for another subject's request, 409 NOT_PENDING once carried out "
					+ "or withdrawn, 404 UNKNOWN_DELETION_REQUEST. The withdrawal is written to the decision log.")
	Deletion withdraw(@PathVariable long id, Caller caller) {
		return withdrawal.withdraw(caller, id);
	}
}
