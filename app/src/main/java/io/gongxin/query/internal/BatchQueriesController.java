package io.gongxin.query.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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

	static final int MAX_SUBJECTS = 10_000;

	private final BatchQueries batchQueries;

	private final Identifiers identifiers;

	private final Subjects subjects;

	BatchQueriesController(BatchQueries batchQueries, Identifiers identifiers, Subjects subjects) {
		this.batchQueries = batchQueries;
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	record Request(@NotNull @Size(min = 1) List<@NotNull @Size(max = 32) String> subjects,
			@NotBlank @Size(max = 200) String purpose) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('AGENCY')")
	@Operation(summary = "信用服务机构批量查询（不超过10000个主体）/ an agency's batch query")
	Map<String, Object> submit(@Valid @RequestBody Request request, Caller caller) {
		if (request.subjects().size() > MAX_SUBJECTS) {
			throw new DomainException(DomainException.Kind.INVALID, "TOO_MANY_SUBJECTS", Map.of("max", MAX_SUBJECTS),
					MAX_SUBJECTS);
		}
		batchQueries.checkQuota(caller.organisation());
		List<IdentifierCheck> checks = request.subjects().stream().map(identifiers::check).toList();
		// every reading of a code valid both ways is looked up; the primary one wins when both are known
		Map<SubjectIdentifier, SubjectKey> known = subjects.findAll(
				checks.stream().flatMap(check -> check.readings().stream()).collect(java.util.stream.Collectors.toSet()));
		List<BatchQueries.Line> lines = new ArrayList<>();
		for (int i = 0; i < checks.size(); i++) {
			IdentifierCheck check = checks.get(i);
			Long key = check.readings().stream().map(known::get).filter(java.util.Objects::nonNull).findFirst()
				.map(SubjectKey::value).orElse(null);
			lines.add(key != null ? new BatchQueries.Line(i, key, null)
					: new BatchQueries.Line(i, null, check.valid() ? "UNKNOWN_SUBJECT" : "INVALID_IDENTIFIER"));
		}
		return Map.of("id", batchQueries.submit(caller, request.purpose().strip(), lines), "status", "QUEUED");
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('AGENCY')")
	@Operation(summary = "批量查询的状态与结果 / a batch query's status and results")
	Map<String, Object> find(@PathVariable UUID id, Caller caller) {
		return batchQueries.find(id, caller.organisation())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH_QUERY", Map.of("id", id),
					id.toString()));
	}

}
