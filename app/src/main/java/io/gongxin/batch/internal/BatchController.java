package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch files: uploaded ({@link UploadChecks}) and queued, processed in the background; their progress and errors
 * are read at {@link BatchProgressController}.
 */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "collection")
class BatchController {

	private final UploadChecks checks;

	private final BatchQueue queue;

	BatchController(UploadChecks checks, BatchQueue queue) {
		this.checks = checks;
		this.queue = queue;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "上传批量文件（CSV、XLSX、JSON Lines）/ upload a batch file")
	BatchAccepted upload(@RequestParam("file") MultipartFile file, @RequestParam("item") String item,
			@RequestParam(name = "format", required = false) String format, Caller caller) throws IOException {
		checks.check(item, file, caller);
		byte[] head;
		try (InputStream in = file.getInputStream()) {
			head = in.readNBytes(64);
		}
		BatchFormat kind = BatchFormat.of(format, file.getOriginalFilename(), head);
		UUID id = queue.queue(caller.organisation(), caller.username(), item, kind, file.getOriginalFilename(),
				file::getInputStream);
		return new BatchAccepted(id, "QUEUED");
	}
}
