package io.gongxin.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Disclosure;
import io.gongxin.subject.SubjectType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A subject's profile as one caller may see it (API.md, Query): the query-log entry's id, the subject as the
 * caller may name it, and the records shown.
 */
public record CreditProfile(UUID queryId, Party subject, List<Shown> records) {

	/** Whether a non-public record is shown: for a caller other than the subject, an authorization opened it. */
	public boolean showsNonPublic() {
		return records.stream().anyMatch(r -> r.disclosure() == Disclosure.NON_PUBLIC);
	}

	/** The subject: a person's id number masked unless the caller may see it whole, the name as the caller may. */
	@Schema(name = "ProfileSubject")
	public record Party(SubjectType type, String id, String name) {
	}

	/**
	 * One shown record. {@code objection} is always there (null without one); {@code withdrawn}, {@code repaired}
	 * and {@code suspended} only where they apply, and only in the subject's own view.
	 */
	@Schema(name = "ProfileRecord")
	public record Shown(long id, String item, String itemName, Category category, Disclosure disclosure,
			LocalDate occurredOn, LocalDate endedOn, String provider, Map<String, Object> fields, Mark objection,
			@JsonInclude(JsonInclude.Include.NON_NULL) Withdrawal withdrawn,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean repaired,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean suspended) {
	}

	/** 标注: an open or disagreed objection on the record (R-30a). */
	@Schema(name = "ProfileObjection")
	public record Mark(String status, LocalDate since) {
	}

	/** Why an upheld objection withdrew the record (R-29b). */
	@Schema(name = "ProfileWithdrawal")
	public record Withdrawal(String reason) {
	}
}
