package io.gongxin.collection.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Providers submit records in real time (API.md, Collection), each answered on its own. */
@RestController
@Tag(name = "collection")
class SubmissionController {

	static final int MAX_RECORDS = 1000;

	private final Submissions submissions;

	SubmissionController(Submissions submissions) {
		this.submissions = submissions;
	}

	/**
	 * The records as sent: each element is read leniently ({@link io.gongxin.collection.RawRecord}), so a malformed
	 * one is answered with its own errors, not a 400 for the whole request.
	 */
	record SubmissionRequest(@NotNull List<Object> records) {
	}

	@PostMapping("/api/v1/records")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "报送信用记录（逐条结果，好记录不受坏记录影响）/ submit records, each answered")
	SubmissionAnswer submit(@Valid @RequestBody SubmissionRequest request, Caller caller, Locale locale) {
		if (request.records().size() > MAX_RECORDS) {
			throw new DomainException(DomainException.Kind.INVALID, "TOO_MANY_RECORDS", Map.of("max", MAX_RECORDS),
					MAX_RECORDS);
		}
		return submissions.submit(caller.organisation(), caller.username(), request.records(), locale);
	}
}
