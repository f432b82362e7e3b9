package io.gongxin.query.internal;

import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Credit agencies query up to 10,000 subjects at once (R-20b). */
@RestController
@RequestMapping("/api/v1/batch-queries")
@Tag(name = "query")
class BatchQueriesController {

	private final BatchQueryIntake intake;

	private final BatchQueryReads reads;

	BatchQueriesController(BatchQueryIntake intake, BatchQueryReads reads) {
		this.intake = intake;
		this.reads = reads;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('AGENCY')")
	@Operation(summary = "信用服务机构批量查询（不超过10000个主体）/ an agency's batch query")
	BatchQueryAccepted submit(@Valid @RequestBody BatchQueryRequest request, Caller caller) {
		UUID id = intake.submit(caller, request);
		return new BatchQueryAccepted(id, "QUEUED");
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('AGENCY')")
	@Operation(summary = "批量查询的状态与结果 / a batch query's status and results")
	BatchQueryResult find(@PathVariable UUID id, Caller caller) {
		return reads.find(id, caller.organisation())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH_QUERY", Map.of("id", id),
					id.toString()));
	}
}
