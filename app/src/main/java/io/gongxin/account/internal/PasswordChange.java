package io.gongxin.account.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /accounts/me/password}: the current password proved, the new one chosen; neither ever shown. */
record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {

	@Override
	public String toString() {
		return "PasswordChange[***]";
	}
}
