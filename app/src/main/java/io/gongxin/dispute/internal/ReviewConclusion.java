package io.gongxin.dispute.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The centre's written conclusion on an objection the person still disagrees with (R-30a). */
record ReviewConclusion(@NotBlank @Size(max = CorrectionForm.MAX_VALUE) String conclusion) {
}
