package io.gongxin.demo;

import io.gongxin.account.Accounts;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, refuses to run while a demo password could open an account: a demo account
 * left in the database with its demo password, or a bootstrap administrator given one.
 * <p>
 * It checks while the context is refreshed, once every singleton exists (the database is migrated by then)
 * and before the web server's connector is started: a refused start never opens the port, so not one
 * request can be answered with a demo password in force (an {@code ApplicationRunner} would run only after
 * Tomcat already accepts connections).
 */
@Component
@ConditionalOnBooleanProperty(name = "gongxin.demo", havingValue = false, matchIfMissing = true)
class DemoSecretsGuard implements SmartInitializingSingleton {

	private final Accounts accounts;

	private final String bootstrapPassword;

	DemoSecretsGuard(Accounts accounts, @Value("${gongxin.bootstrap.admin-password:}") String bootstrapPassword) {
		this.accounts = accounts;
		this.bootstrapPassword = bootstrapPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
			if (demo.password().equals(bootstrapPassword)) {
				throw new IllegalStateException("gongxin.bootstrap.admin-password is a demo password; choose another");
			}
			if (accounts.passwordMatches(demo.username(), demo.password())) {
				throw new IllegalStateException("Account '" + demo.username() + "' still has its demo password. "
						+ "Start with --demo, or change that password, before running outside demo mode.");
			}
		}
	}
}
