package io.gongxin.account.internal;

import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /accounts}: the account the centre opens; never shows its password. */
record AccountRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}") String username,
		@NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 32) String role,
		@Size(max = 32) String organisation, @Size(max = 32) String subjectId) {

	/** The role named, in any case; {@code INVALID_ROLE} when there is none of that name. */
	Role chosenRole() {
		try {
			return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_ROLE", Map.of("role", role), role);
		}
	}

	@Override
	public String toString() {
		return "AccountRequest[" + username + ", " + role + "]";
	}
}
