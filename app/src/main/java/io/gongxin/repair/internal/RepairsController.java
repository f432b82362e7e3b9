package io.gongxin.repair.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Deletion and repair: repair applications as the subject applies and both parties follow them. */
@RestController
@Tag(name = "repair", description = "删除申请与信用修复 / deletion and repair")
class RepairsController {

	private final RepairApplications applications;

	private final RepairLists lists;

	RepairsController(RepairApplications applications, RepairLists lists) {
		this.applications = applications;
		this.lists = lists;
	}

	@GetMapping("/api/v1/repairs")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER')")
	@Operation(summary = "信用修复申请：本人的全部，或提供单位待审核的（含剩余工作日）/ repair applications")
	List<RepairView> repairs(Caller caller) {
		return caller.has(Role.SUBJECT) ? lists.repairsOf(caller.actingSubject().orElseThrow())
				: lists.pendingRepairsFor(caller.organisation());
	}

	@PostMapping("/api/v1/repairs")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "申请信用修复 / apply for credit repair")
	RepairAnswer repair(@Valid @RequestBody RepairRequest request, Caller caller) {
		return applications.apply(caller, request.recordId(), request.statement().strip());
	}
}
