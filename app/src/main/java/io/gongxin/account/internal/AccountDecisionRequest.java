package io.gongxin.account.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the centre withdraws or restores an account; it goes on the query log. */
record AccountDecisionRequest(@NotBlank @Size(max = 2000) String reason) {
}
