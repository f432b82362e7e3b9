package io.gongxin.account.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** {@code validDays} absent: the maximum ({@code gongxin.tokens.max-valid-days}). */
record TokenRequest(@Size(max = 100) String name, @Min(1) Integer validDays) {

	/** The name given, trimmed; {@code api} when none is. */
	String nameOrApi() {
		return name == null || name.isBlank() ? "api" : name.strip();
	}
}
