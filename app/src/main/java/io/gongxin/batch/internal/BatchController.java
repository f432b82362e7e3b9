package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Batch files: uploaded, queued, processed in the background, their progress and errors readable. */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "collection")
class BatchController {

	static final int ERRORS_SHOWN = 1000;

	private final BatchStore store;

	private final BatchErrors errors;

	private final BatchQueue queue;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final long maxBytes;

	BatchController(BatchStore store, BatchErrors errors, Catalogs catalogs, ProviderPermissions permissions,
			BatchQueue queue, @Value("${gongxin.batches.max-file-size:512MB}") DataSize maxFileSize) {
		this.store = store;
		this.errors = errors;
		this.queue = queue;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.maxBytes = maxFileSize.toBytes();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "上传批量文件（CSV、XLSX、JSON Lines）/ upload a batch file")
	BatchAccepted upload(@RequestParam("file") MultipartFile file, @RequestParam("item") String item,
			@RequestParam(name = "format", required = false) String format, Caller caller) throws IOException {
		if (catalogs.published().item(item).isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_ITEM", Map.of("item", item), item);
		}
		if (!permissions.permits(caller.organisation(), item)) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "ITEM_NOT_PERMITTED", Map.of("item", item), item);
		}
		if (file.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "EMPTY_FILE");
		}
		if (file.getSize() > maxBytes) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "FILE_TOO_LARGE", Map.of("maxBytes", maxBytes),
					maxBytes);
		}
		byte[] head;
		try (InputStream in = file.getInputStream()) {
			head = in.readNBytes(64);
		}
		BatchFormat kind = BatchFormat.of(format, file.getOriginalFilename(), head);
		UUID id = queue.queue(caller.organisation(), caller.username(), item, kind, file.getOriginalFilename(),
				file::getInputStream);
		return new BatchAccepted(id, "QUEUED");
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
