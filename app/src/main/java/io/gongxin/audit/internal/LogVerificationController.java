package io.gongxin.audit.internal;

import io.gongxin.audit.QueryLogChain;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The query log's verification for auditors and the centre. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "查询日志 / the query log")
class LogVerificationController {

	private final QueryLogChain log;

	LogVerificationController(QueryLogChain log) {
		this.log = log;
	}

	@GetMapping("/verification")
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN')")
	@Operation(summary = "重算查询日志哈希链 / recompute the query log's hash chain")
	LogVerification verification() {
		return LogVerification.of(log.verify());
	}
}
