package io.gongxin.audit.internal;

import java.util.List;

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

/** Who queried a subject (the subject itself, auditors, the centre); the log's verification is {@link LogVerificationController}. */
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
	QueriesAnswer queries(@RequestParam String subject, Caller caller) {
		Subject found = subjects.find(identifiers.checkField(subject, "subject")).orElse(null);
		if (caller.has(Role.SUBJECT) && (found == null || !caller.actingSubject().get().equals(found.key()))) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "NOT_OWN_SUBJECT");
		}
		if (found == null) {
			return new QueriesAnswer(List.of());
		}
		return new QueriesAnswer(log.forSubject(found.key(), MAX_ENTRIES).stream().map(QueryAnswer::of).toList());
	}
}
