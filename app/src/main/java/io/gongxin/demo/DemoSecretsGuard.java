package io.gongxin.demo;

import io.gongxin.account.Accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, refuses to run while a demo password could open an account: a demo account
 * left in the database with its demo password, or a bootstrap administrator given one.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty(name = "gongxin.demo", havingValue = false, matchIfMissing = true)
class DemoSecretsGuard implements ApplicationRunner {

	private final Accounts accounts;

	private final String bootstrapPassword;

	DemoSecretsGuard(Accounts accounts, @Value("${gongxin.bootstrap.admin-password:}") String bootstrapPassword) {
		this.accounts = accounts;
		this.bootstrapPassword = bootstrapPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
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
