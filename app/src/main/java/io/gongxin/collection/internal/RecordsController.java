package io.gongxin.collection.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Providers submit, browse and revoke their own records (API.md, Collection). */
@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "collection", description = "信用信息归集 / collection")
class RecordsController {

	static final int MAX_RECORDS = 1000;

	private final Submissions submissions;

	private final Records records;

	private final Subjects subjects;

	private final CollectionLog log;

	private final TransactionTemplate transactions;

	private final RecordReads reads;

	RecordsController(Submissions submissions, Records records, Subjects subjects, CollectionLog log,
			TransactionTemplate transactions, RecordReads reads) {
		this.reads = reads;
		this.submissions = submissions;
		this.records = records;
		this.subjects = subjects;
		this.log = log;
		this.transactions = transactions;
	}

	/**
	 * The records as sent: each element is read leniently ({@link RawRecord}), so a malformed one is answered
	 * with its own errors, not a 400 for the whole request.
	 */
	record SubmissionRequest(@NotNull List<Object> records) {
	}

	@PostMapping
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "报送信用记录（逐条结果，好记录不受坏记录影响）/ submit records, each answered")
	SubmissionAnswer submit(@Valid @RequestBody SubmissionRequest request, Caller caller, Locale locale) {
		if (request.records().size() > MAX_RECORDS) {
			throw new DomainException(DomainException.Kind.INVALID, "TOO_MANY_RECORDS", Map.of("max", MAX_RECORDS),
					MAX_RECORDS);
		}
		return submissions.submit(caller.organisation(), caller.username(), request.records(), locale);
	}

	record RevocationRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/revocation")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "撤销本单位报送的记录 / revoke one of the provider's own records")
	ProviderRecord revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request, Caller caller) {
		CreditRecord record = own(id, caller);
		CreditRecord revoked = transactions.execute(status -> {
			CreditRecord done = records.revoke(record.id(), request.reason(), caller.username());
			log.write(new CollectionLog.Entry(caller.organisation(), caller.username(), "API", null, record.item(),
					record.sourceRef(), record.subject().value(), record.id(), "REVOKED", null, null));
			return done;
		});
		return describe(revoked, true, null);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "查看记录及其历史（提供单位限本单位）/ a record with its history")
	ProviderRecord record(@PathVariable long id, Caller caller) {
		return transactions.execute(status -> {
			CreditRecord record = caller.has(Role.PROVIDER) ? own(id, caller)
					: records.find(id).orElseThrow(() -> unknown(id));
			reads.logged(caller, List.of(record));
			return describe(record, true, records.history(id));
		});
	}

	@GetMapping
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "本单位报送的记录 / the provider's own records")
	List<ProviderRecord> list(@RequestParam(required = false) String item,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Caller caller) {
		io.gongxin.platform.Paging paging = io.gongxin.platform.Paging.of(page, size, "size", 50, 500);
		return transactions.execute(status -> reads
			.logged(caller, records.ofProvider(caller.organisation(), item == null ? null : item.strip(), paging.limit(),
					paging.offset()))
			.stream()
			.map(r -> describe(r, false, null))
			.toList());
	}

	private CreditRecord own(long id, Caller caller) {
		CreditRecord record = records.find(id).orElseThrow(() -> unknown(id));
		if (!record.provider().equals(caller.organisation())) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_RECORD", Map.of("recordId", id), String.valueOf(id));
		}
		return record;
	}

	private static DomainException unknown(long id) {
		return new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD", Map.of("recordId", id), String.valueOf(id));
	}

	/** A person's id number appears masked: the provider already holds it, the answer need not. */
	private ProviderRecord describe(CreditRecord record, boolean withSubject, List<Records.RecordVersion> history) {
		return ProviderRecord.of(record, withSubject ? subjects.find(record.subject()).orElse(null) : null, history);
	}
}
