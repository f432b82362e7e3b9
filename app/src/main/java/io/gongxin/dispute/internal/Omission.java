package io.gongxin.dispute.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 遗漏: the catalog item of the missing record, the provider if known, what is missing. */
@Schema(description = "遗漏的记录：目录信息项（须适用于该主体类型）、应报送的提供单位（可选）、说明 / "
		+ "the missing record: a catalog item applying to the subject's type, the provider if known, a description")
record Omission(@NotBlank @Size(max = 64) String item, @Size(max = 64) String provider,
		@NotBlank @Size(max = 2000) String description) {
}
