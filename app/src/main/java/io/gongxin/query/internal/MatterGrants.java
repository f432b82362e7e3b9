package io.gongxin.query.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.DomainException;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks a declared matter against the published catalog's grants. */
@Component
class MatterGrants implements DeclaredMatters {

	private final Catalogs catalogs;

	private final QueryLog log;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	MatterGrants(Catalogs catalogs, QueryLog log, PlatformTransactionManager transactions, Clock clock) {
		this.catalogs = catalogs;
		this.log = log;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Override
	public Matter check(Caller caller, SubjectKey subject, String matter, String purpose, boolean purposeRequired) {
		purpose(purpose);
		if (blank(matter) || (purposeRequired && blank(purpose))) {
			throw new DomainException(DomainException.Kind.INVALID, "MATTER_REQUIRED");
		}
		Matter declared = catalogMatter(matter);
		if (!declared.isGranted(caller.organisation())) {
			refused(caller, subject, declared, purpose);
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "MATTER_NOT_GRANTED",
					Map.of("matter", declared.code(), "organisation", String.valueOf(caller.organisation())),
					declared.code());
		}
		return declared;
	}

	@Override
	public String known(String matter) {
		return blank(matter) ? null : catalogMatter(matter).code();
	}

	@Override
	public String purpose(String purpose) {
		if (blank(purpose)) {
			return null;
		}
		String text = purpose.strip();
		if (text.length() > PURPOSE_MAX) {
			throw tooLong("purpose");
		}
		return text;
	}

	private Matter catalogMatter(String matter) {
		String code = matter.strip();
		if (code.length() > MATTER_MAX) {
			throw tooLong("matter");
		}
		return catalogs.published()
			.matter(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "UNKNOWN_MATTER", Map.of("matter", code),
					code));
	}

	/** Answered like a request record's {@code @Size}: 400 naming the field. */
	private static DomainException tooLong(String field) {
		return new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED",
				Map.of("errors", List.of(Map.of("field", field, "code", "TOO_LONG"))));
	}

	/** The attempt on the log, so auditors (and the subject) see who tried to read beyond its grants. */
	private void refused(Caller caller, SubjectKey subject, Matter matter, String purpose) {
		String why = purpose(purpose);
		QueryLogEntry entry = new QueryLogEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller.username(),
				caller.organisation(), caller.role() == null ? "ANONYMOUS" : caller.role().name(), subject, List.of(),
				matter.code(), why, null, "REFUSED");
		ownTransaction.executeWithoutResult(status -> log.record(entry));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
