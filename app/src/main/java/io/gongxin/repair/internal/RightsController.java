package io.gongxin.repair.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Deletion and repair. */
@RestController
@Tag(name = "repair", description = "删除申请与信用修复 / deletion and repair")
class RightsController {

	private final RepairApplications applications;

	private final RepairDecisions decisions;

	private final Deletions deletions;

	private final RightsLists lists;

	RightsController(RepairApplications applications, RepairDecisions decisions, Deletions deletions,
			RightsLists lists) {
		this.applications = applications;
		this.decisions = decisions;
		this.deletions = deletions;
		this.lists = lists;
	}

	@GetMapping("/api/v1/repairs")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER')")
	@Operation(summary = "信用修复申请：本人的全部，或提供单位待审核的（含剩余工作日）/ repair applications")
	List<RightsLists.RepairView> repairs(Caller caller) {
		return caller.has(Role.SUBJECT) ? lists.repairsOf(caller.actingSubject().orElseThrow())
				: lists.pendingRepairsFor(caller.organisation());
	}

	/** API.md {@code {"recordId"}}. */
	record NewDeletionRequest(@NotNull Long recordId) {
	}

	@PostMapping("/api/v1/deletion-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "申请删除本人的表彰、志愿服务、慈善捐赠信息 / ask to delete a deletable record",
			description = "R-27b: the request is PENDING until the centre carries it out on carryOutOn (by dueBy); until "
					+ "then the subject may withdraw it. 409 DELETION_PENDING when the record already has a pending request.")
	Deletions.Deletion delete(@Valid @RequestBody NewDeletionRequest request, Caller caller) {
		return deletions.request(caller, request.recordId());
	}

	@GetMapping("/api/v1/deletion-requests")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "本人的删除申请及其进度 / the subject's deletion requests with their timeline")
	List<RightsLists.DeletionView> deletions(Caller caller) {
		return lists.deletionsOf(caller.actingSubject().orElseThrow());
	}

	@PostMapping("/api/v1/deletion-requests/{id}/withdrawal")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "撤回尚未办理的删除申请 / withdraw a pending deletion request",
			description = "R-27b: 403 NOT_OWN_REQUEST for another subject's request, 409 NOT_PENDING once carried out "
					+ "or withdrawn, 404 UNKNOWN_DELETION_REQUEST. The withdrawal is written to the decision log.")
	Deletions.Deletion withdraw(@PathVariable long id, Caller caller) {
		return deletions.withdraw(caller, id);
	}

	/** API.md {@code {"recordId","statement"}}. */
	record RepairRequest(@NotNull Long recordId, @NotBlank @Size(max = 2000) String statement) {
	}

	@PostMapping("/api/v1/repairs")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "申请信用修复 / apply for credit repair")
	RepairAnswer repair(@Valid @RequestBody RepairRequest request, Caller caller) {
		return applications.apply(caller, request.recordId(), request.statement().strip());
	}

	/** API.md {@code {"approved":bool,"reason"}}. */
	record Decision(@NotNull Boolean approved, @NotBlank @Size(max = 2000) String reason) {
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
