package io.gongxin.dispute.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How the person agreed: in writing or in person, and the reference of the paper or the counter register. */
@Schema(description = "同意方式（WRITTEN 书面 / IN_PERSON 当面）与凭证编号（不得填写身份证号码）/ "
		+ "how the person consented and the reference (never an id number)")
record Consent(@NotBlank @Pattern(regexp = "WRITTEN|IN_PERSON") String method,
		// a reference is a register or paper number: a long run of digits would be an id number, kept out
		@NotBlank @Size(max = 100) @Pattern(regexp = "(?s)(?!.*[0-9]{12}).*") String reference) {
}
