package io.gongxin.repair.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Deletion and repair: the provider decides a repair application on its record (R-RP). */
@RestController
@Tag(name = "repair", description = "删除申请与信用修复 / deletion and repair")
class RepairDecisionController {

	private final RepairDecisions decisions;

	RepairDecisionController(RepairDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/api/v1/repairs/{id}/decision")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "提供单位审核信用修复 / the provider decides a repair",
			description = "R-RP: only the record's provider, once: 403 NOT_OWN_RECORD, 409 REPAIR_DECIDED for a second "
					+ "decision, 409 RECORD_NOT_ACTIVE when an approved record has left the queries meanwhile.")
	RepairAnswer decide(@PathVariable long id, @Valid @RequestBody Decision decision, Caller caller) {
		String reason = decision.reason().strip();
		return decision.approved() ? decisions.grant(caller, id, reason) : decisions.refuse(caller, id, reason);
	}
}
