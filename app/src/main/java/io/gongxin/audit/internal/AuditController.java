package io.gongxin.audit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.audit.QueryLog;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who queried a subject (the subject itself, auditors, the centre), and the log's verification. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "查询日志 / the query log")
class AuditController {

	static final int MAX_ENTRIES = 1000;

	private final QueryLog log;

	private final Identifiers identifiers;

	private final Subjects subjects;

	AuditController(QueryLog log, Identifiers identifiers, Subjects subjects) {
		this.log = log;
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	@GetMapping("/queries")
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN', 'SUBJECT')")
	@Operation(summary = "谁查询了该主体（本人、审计、中心）/ who queried a subject")
	Map<String, Object> queries(@RequestParam String subject, Caller caller) {
		Subject found = subjects.find(identifiers.checkField(subject, "subject")).orElse(null);
		if (caller.has(Role.SUBJECT) && (found == null || !caller.actingSubject().get().equals(found.key()))) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_SUBJECT");
		}
		if (found == null) {
			return Map.of("entries", List.of());
		}
		return Map.of("entries", log.forSubject(found.key(), MAX_ENTRIES).stream().map(e -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("at", e.at());
			entry.put("organisation", e.organisation());
			entry.put("user", e.username());
			entry.put("role", e.role());
			entry.put("matter", e.matter());
			entry.put("purpose", e.purpose());
			entry.put("items", e.items());
			entry.put("channel", e.channel());
			return entry;
		}).toList());
	}

	@GetMapping("/verification")
	@PreAuthorize("hasAnyRole('AUDITOR', 'CENTER_ADMIN')")
	@Operation(summary = "重算查询日志哈希链 / recompute the query log's hash chain")
	Map<String, Object> verification() {
		QueryLog.Verification result = log.verify();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", result.valid());
		body.put("entries", result.entries());
		body.put("unsealed", result.unsealed());
		body.put("firstInvalid", result.firstInvalid());
		return body;
	}
}
