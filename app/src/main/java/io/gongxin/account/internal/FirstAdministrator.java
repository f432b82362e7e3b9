package io.gongxin.account.internal;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode there are no default passwords: the first centre administrator comes from
 * {@code gongxin.bootstrap.admin-username} and {@code gongxin.bootstrap.admin-password} (at least
 * {@value BootstrapSettings#MIN_PASSWORD} characters, {@link BootstrapSettings}), and only while no centre
 * administrator exists. Remove the settings after the first start.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final BootstrapSettings settings;

	FirstAdministrator(Accounts accounts, JdbcClient jdbc, BootstrapSettings settings) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (settings.adminUsername().isBlank()) {
			return;
		}
		long admins = jdbc.sql("select count(*) from accounts where role = 'CENTER_ADMIN'").query(Long.class).single();
		if (admins > 0) {
			log.info("A centre administrator exists; gongxin.bootstrap.* is ignored and can be removed");
			return;
		}
		NewAccount administrator = settings.administrator();
		if (accounts.organisation(BootstrapSettings.CENTRE).isEmpty()) {
			accounts.registerOrganisation(settings.centre());
		}
		accounts.open(administrator, "bootstrap");
		log.info("Created the first centre administrator '{}'", administrator.username());
	}
}
