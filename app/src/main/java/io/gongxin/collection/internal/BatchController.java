package io.gongxin.collection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.UploadLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.unit.DataSize;

/** Batch files: uploaded, queued, processed in the background, their progress and errors readable. */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "collection")
class BatchController {

	static final int ERRORS_SHOWN = 1000;

	private final BatchStore store;

	private final BatchQueue queue;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final long maxBytes;

	BatchController(BatchStore store, Catalogs catalogs, ProviderPermissions permissions, BatchQueue queue,
			@Value("${gongxin.batches.max-file-size:512MB}") DataSize maxFileSize) {
		this.store = store;
		this.queue = queue;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.maxBytes = maxFileSize.toBytes();
	}

	/** A batch file's own size limit, applied before the upload is read (the API and the provider page). */
	@Configuration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		UploadLimit batchUploadLimit(@Value("${gongxin.batches.max-file-size:512MB}") DataSize max) {
			return new UploadLimit("/api/v1/batches", max.toBytes());
		}

		@Bean
		UploadLimit batchPageUploadLimit(@Value("${gongxin.batches.max-file-size:512MB}") DataSize max) {
			return new UploadLimit("/provider/batches", max.toBytes());
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "上传批量文件（CSV、XLSX、JSON Lines）/ upload a batch file")
	Map<String, Object> upload(@RequestParam("file") MultipartFile file, @RequestParam("item") String item,
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
		BatchFormat kind = format(format, file.getOriginalFilename(), head);
		UUID id = queue.queue(caller.organisation(), caller.username(), item, kind, file.getOriginalFilename(),
				file::getInputStream);
		return Map.of("id", id, "status", "QUEUED");
	}

	private static BatchFormat format(String declared, String fileName, byte[] head) {
		if (declared != null && !declared.isBlank()) {
			try {
				return BatchFormat.valueOf(declared.strip().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new DomainException(DomainException.Kind.INVALID, "UNSUPPORTED_FORMAT", Map.of("format", declared),
						declared);
			}
		}
		if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
			return BatchFormat.XLSX;
		}
		return BatchFormat.ofFileName(fileName).orElseGet(() -> {
			String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").strip();
			return start.startsWith("{") ? BatchFormat.JSONL : BatchFormat.CSV;
		});
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "批次进度与错误（行号同电子表格）/ a batch's progress and errors")
	Map<String, Object> batch(@PathVariable UUID id, Caller caller) {
		BatchStore.Batch batch = store.find(id)
			.filter(b -> !caller.has(Role.PROVIDER) || b.provider().equals(caller.organisation()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH", Map.of("id", id),
					id.toString()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", batch.id());
		body.put("status", batch.status());
		body.put("item", batch.item());
		body.put("format", batch.format());
		body.put("fileName", batch.fileName());
		body.put("rows", batch.rows());
		body.put("accepted", batch.accepted());
		body.put("rejected", batch.rejected());
		if (batch.failure() != null) {
			body.put("failure", batch.failure());
		}
		body.put("errors", store.errors(id, ERRORS_SHOWN)
			.stream()
			.map(e -> Map.of("row", e.row(), "field", e.error().field(), "code", e.error().code(), "message",
					e.error().message()))
			.toList());
		long errors = store.errorCount(id);
		body.put("errorCount", errors);
		body.put("errorsTruncated", errors > ERRORS_SHOWN);
		body.put("createdAt", batch.createdAt());
		body.put("finishedAt", batch.finishedAt());
		return body;
	}
}
