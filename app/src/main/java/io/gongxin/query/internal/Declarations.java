package io.gongxin.query.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.DomainException;
import io.gongxin.query.DeclaredMatters;

import org.springframework.stereotype.Component;

/** What a caller declares: a matter of the published catalog and a purpose, both bounded. */
@Component
class Declarations {

	private final Catalogs catalogs;

	Declarations(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	/** The purpose stripped, null when blank. */
	String purpose(String purpose) {
		if (blank(purpose)) {
			return null;
		}
		String text = purpose.strip();
		if (text.length() > DeclaredMatters.PURPOSE_MAX) {
			throw tooLong("purpose");
		}
		return text;
	}

	/** The published catalog's matter of that code, or 400 {@code UNKNOWN_MATTER}. */
	Matter matter(String matter) {
		String code = matter.strip();
		if (code.length() > DeclaredMatters.MATTER_MAX) {
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

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
