package io.gongxin.batch.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A batch's progress and its first errors, for its provider and the centre. */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "collection")
class BatchProgressController {

	static final int ERRORS_SHOWN = 1000;

	private final BatchStore store;

	private final BatchErrors errors;

	BatchProgressController(BatchStore store, BatchErrors errors) {
		this.store = store;
		this.errors = errors;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "批次进度与错误（行号同电子表格）/ a batch's progress and errors")
	BatchProgress batch(@PathVariable UUID id, Caller caller) {
		Batch batch = store.find(id)
			.filter(b -> !caller.has(Role.PROVIDER) || b.provider().equals(caller.organisation()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH", Map.of("id", id),
					id.toString()));
		List<BatchRowError> shown = errors.of(id, ERRORS_SHOWN)
			.stream()
			.map(e -> new BatchRowError(e.row(), e.error().field(), e.error().code(), e.error().message()))
			.toList();
		long errorCount = errors.count(id);
		return new BatchProgress(batch.id(), batch.status(), batch.item(), batch.format(), batch.fileName(),
				batch.rows(), batch.accepted(), batch.rejected(), batch.failure(), shown, errorCount,
				errorCount > ERRORS_SHOWN, batch.createdAt(), batch.finishedAt());
	}
}
