package io.gongxin.account.internal;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode there are no default passwords: the first centre administrator comes from
 * {@code gongxin.bootstrap.admin-username} and {@code gongxin.bootstrap.admin-password} (at least
 * {@value #MIN_PASSWORD} characters), and only while no centre administrator exists. Remove the
 * settings after the first start.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final int MIN_PASSWORD = 12;

	static final String CENTRE = "CENTER";

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final String username;

	private final String password;

	private final String centreName;

	FirstAdministrator(Accounts accounts, JdbcClient jdbc,
			@Value("${gongxin.bootstrap.admin-username:}") String username,
			@Value("${gongxin.bootstrap.admin-password:}") String password,
			@Value("${gongxin.bootstrap.centre-name:市公共信用信息服务中心}") String centreName) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.username = username;
		this.password = password;
		this.centreName = centreName;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (username.isBlank()) {
			return;
		}
		long admins = jdbc.sql("select count(*) from accounts where role = 'CENTER_ADMIN'").query(Long.class).single();
		if (admins > 0) {
			log.info("A centre administrator exists; gongxin.bootstrap.* is ignored and can be removed");
			return;
		}
		if (password.length() < MIN_PASSWORD) {
			throw new IllegalStateException(
					"gongxin.bootstrap.admin-password must have at least " + MIN_PASSWORD + " characters");
		}
		if (accounts.organisation(CENTRE).isEmpty()) {
			accounts.registerOrganisation(new Organisation(CENTRE, centreName));
		}
		accounts.open(new NewAccount(username, password, Role.CENTER_ADMIN, CENTRE, null), "bootstrap");
		log.info("Created the first centre administrator '{}'", username);
	}
}
