package io.gongxin.repair.internal;

import java.util.List;

import io.gongxin.account.Caller;
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

/** API.md, Deletion and repair: the subject's deletion requests (R-27b). */
@RestController
@Tag(name = "repair", description = "删除申请与信用修复 / deletion and repair")
class DeletionRequestsController {

	private final Deletions deletions;

	private final DeletionLists lists;

	DeletionRequestsController(Deletions deletions, DeletionLists lists) {
		this.deletions = deletions;
		this.lists = lists;
	}

	@PostMapping("/api/v1/deletion-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "申请删除本人的表彰、志愿服务、慈善捐赠信息 / ask to delete a deletable record",
			description = "R-27b: the request is PENDING until the centre carries it out on carryOutOn (by dueBy); until "
					+ "then the subject may withdraw it. 409 DELETION_PENDING when the record already has a pending request.")
	Deletion delete(@Valid @RequestBody NewDeletionRequest request, Caller caller) {
		return deletions.request(caller, request.recordId());
	}

	@GetMapping("/api/v1/deletion-requests")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "本人的删除申请及其进度 / the subject's deletion requests with their timeline")
	List<DeletionView> deletions(Caller caller) {
		return lists.deletionsOf(caller.actingSubject().orElseThrow());
	}
}
