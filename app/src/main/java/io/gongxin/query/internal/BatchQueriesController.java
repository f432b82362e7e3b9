package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

	private final BatchQueryStore batchQueries;

	private final Identifiers identifiers;

	private final Subjects subjects;

	BatchQueriesController(BatchQueryStore batchQueries, Identifiers identifiers, Subjects subjects) {
		this.batchQueries = batchQueries;
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	record BatchQueryRequest(@NotNull @Size(min = 1) List<@NotNull @Size(max = 32) String> subjects,
			@NotBlank @Size(max = 200) String purpose) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasRole('AGENCY')")
	@Operation(summary = "信用服务机构批量查询（不超过10000个主体）/ an agency's batch query")
	BatchQueryResult.Accepted submit(@Valid @RequestBody BatchQueryRequest request, Caller caller) {
		if (request.subjects().size() > MAX_SUBJECTS) {
			throw new DomainException(DomainException.Kind.INVALID, "TOO_MANY_SUBJECTS", Map.of("max", MAX_SUBJECTS),
					MAX_SUBJECTS);
		}
		batchQueries.checkQuota(caller.organisation());
		List<BatchQueryLine> lines = lines(request.subjects());
		return new BatchQueryResult.Accepted(batchQueries.submit(caller, request.purpose().strip(), lines), "QUEUED");
	}

	/** every reading of a code valid both ways is looked up; the primary one wins when both are known. */
	private List<BatchQueryLine> lines(List<String> codes) {
		List<IdentifierCheck> checks = codes.stream().map(identifiers::check).toList();
		Set<SubjectIdentifier> readings = checks.stream()
			.flatMap(check -> check.readings().stream())
			.collect(Collectors.toSet());
		Map<SubjectIdentifier, SubjectKey> known = subjects.findAll(readings);
		return IntStream.range(0, checks.size()).mapToObj(i -> {
			IdentifierCheck check = checks.get(i);
			return check.readings().stream().map(known::get).filter(Objects::nonNull).findFirst()
				.map(key -> BatchQueryLine.found(i, key.value()))
				.orElseGet(() -> BatchQueryLine.refused(i, check.valid() ? "UNKNOWN_SUBJECT" : "INVALID_IDENTIFIER"));
		}).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('AGENCY')")
	@Operation(summary = "批量查询的状态与结果 / a batch query's status and results")
	BatchQueryResult find(@PathVariable UUID id, Caller caller) {
		return batchQueries.find(id, caller.organisation())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_BATCH_QUERY", Map.of("id", id),
					id.toString()));
	}
}
