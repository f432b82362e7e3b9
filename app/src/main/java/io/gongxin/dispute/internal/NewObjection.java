package io.gongxin.dispute.internal;

import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An objection to a record ({@code recordId}) or about a missing one ({@code omission}), exactly one of them.
 * Centre staff filing at the counter name the person ({@code subjectId}) and its {@code consent}.
 */
@Schema(description = "异议：对记录（recordId）或对遗漏（omission）二选一；窗口代为提出时须有 subjectId 和 consent / "
		+ "an objection to a record or about a missing one (exactly one); filed at the counter with subjectId and consent")
record NewObjection(@Schema(description = "被异议的记录 / the record objected to") Long recordId,
		@NotBlank @Pattern(regexp = "ERROR_OR_OMISSION|PRIVACY_OR_SECRET|EXPIRED_NOT_REMOVED") String reason,
		@NotBlank @Size(max = 2000) String statement,
		@Schema(description = "遗漏：应有而没有的记录（reason 须为 ERROR_OR_OMISSION）/ a missing record") @Valid Omission omission,
		@Schema(description = "窗口代为提出：信息主体的统一社会信用代码或身份证号码（仅限中心工作人员）/ "
				+ "the person filed for at the counter (centre staff only)") @Size(max = 32) String subjectId,
		@Schema(description = "窗口代为提出：本人同意的方式与凭证 / the person's consent") @Valid Consent consent) {

	NewObjection(Long recordId, String reason, String statement) {
		this(recordId, reason, statement, null, null, null);
	}

	/** Exactly one of a record and an omission; an omission only as an error or omission. */
	void checkShape() {
		if ((recordId == null) == (omission == null)) {
			throw new DomainException(DomainException.Kind.INVALID, "RECORD_OR_OMISSION");
		}
		if (omission != null && !"ERROR_OR_OMISSION".equals(reason)) {
			throw new DomainException(DomainException.Kind.INVALID, "OMISSION_REASON");
		}
	}
}
