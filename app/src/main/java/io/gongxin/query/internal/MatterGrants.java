package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.DomainException;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/** Checks a declared matter against the published catalog's grants. */
@Component
class MatterGrants implements DeclaredMatters {

	private final Catalogs catalogs;

	private final RefusedQueries refusals;

	MatterGrants(Catalogs catalogs, RefusedQueries refusals) {
		this.catalogs = catalogs;
		this.refusals = refusals;
	}

	@Override
	public Matter check(Caller caller, SubjectKey subject, String matter, String purpose, boolean purposeRequired) {
		purpose(purpose);
		if (blank(matter) || (purposeRequired && blank(purpose))) {
			throw new DomainException(DomainException.Kind.INVALID, "MATTER_REQUIRED");
		}
		Matter declared = catalogMatter(matter);
		if (!declared.isGranted(caller.organisation())) {
			// the attempt on the log, so auditors (and the subject) see who tried to read beyond its grants
			refusals.refused(caller, subject, declared, purpose(purpose));
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

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
