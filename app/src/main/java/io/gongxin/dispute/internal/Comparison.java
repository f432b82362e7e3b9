package io.gongxin.dispute.internal;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The centre's comparison (R-29a): the record matches the provider's (forward it) or a correction field by field. */
record Comparison(@NotNull Boolean matchesProvider, Map<String, Object> correction,
		@Schema(description = "遗漏异议：转交的提供单位（未指定且该信息项有多个提供单位时必填）/ for a missing record: "
				+ "the provider to forward to") @Size(max = 64) String provider) {

	Comparison(Boolean matchesProvider, Map<String, Object> correction) {
		this(matchesProvider, correction, null);
	}
}
