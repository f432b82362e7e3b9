package io.gongxin.collection.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.collection.ProviderRecord;
import io.gongxin.collection.ProviderRecords.RevocationRequest;
import io.gongxin.collection.ProviderRecords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Providers browse and revoke their own records (API.md, Collection); they submit by {@link SubmissionController}. */
@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "collection", description = "信用信息归集 / collection")
class RecordsController {

	private final ProviderRecords records;

	RecordsController(ProviderRecords records) {
		this.records = records;
	}

	@PostMapping("/{id}/revocation")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "撤销本单位报送的记录 / revoke one of the provider's own records")
	ProviderRecord revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request, Caller caller) {
		return records.revoke(id, request, caller);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "查看记录及其历史（提供单位限本单位）/ a record with its history")
	ProviderRecord record(@PathVariable long id, Caller caller) {
		return records.record(id, caller);
	}

	@GetMapping
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "本单位报送的记录 / the provider's own records")
	List<ProviderRecord> list(@RequestParam(required = false) String item,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Caller caller) {
		return records.ofProvider(caller, item, page, size);
	}
}
