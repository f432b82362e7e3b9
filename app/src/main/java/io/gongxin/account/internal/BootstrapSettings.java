package io.gongxin.account.internal;

import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first centre administrator as set for the first start ({@link FirstAdministrator}).
 *
 * @param adminUsername blank: no first administrator
 * @param adminPassword at least {@value #MIN_PASSWORD} characters
 * @param centreName the centre's organisation, registered with the administrator when it is missing
 */
@ConfigurationProperties("gongxin.bootstrap")
record BootstrapSettings(@DefaultValue("") String adminUsername, @DefaultValue("") String adminPassword,
		@DefaultValue("市公共信用信息服务中心") String centreName) {

	static final int MIN_PASSWORD = 12;

	static final String CENTRE = "CENTER";

	BootstrapSettings {
		adminUsername = adminUsername == null ? "" : adminUsername;
		adminPassword = adminPassword == null ? "" : adminPassword;
	}

	/** @throws IllegalStateException when the password is shorter than {@value #MIN_PASSWORD} characters */
	NewAccount administrator() {
		if (adminPassword.length() < MIN_PASSWORD) {
			throw new IllegalStateException(
					"gongxin.bootstrap.admin-password must have at least " + MIN_PASSWORD + " characters");
		}
		return new NewAccount(adminUsername, adminPassword, Role.CENTER_ADMIN, CENTRE, null);
	}

	Organisation centre() {
		return new Organisation(CENTRE, centreName);
	}

	@Override
	public String toString() {
		return "BootstrapSettings[" + adminUsername + ", " + centreName + "]";
	}
}
