package io.gongxin;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Accounts of every role for the tests, created through the real account service and used over
 * real HTTP Basic (not a mocked security context).
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "test-password-1";

	private final Accounts accounts;

	TestAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Creates the test organisations and accounts once per database. */
	public synchronized void ensure() {
		if (accounts.exists("t-center")) {
			return;
		}
		for (String code : new String[] { "T_CENTER", "T_TAX", "T_PROC", "T_AGENCY", "T_AUDIT" }) {
			accounts.registerOrganisation(new Organisation(code, "测试机构 " + code));
		}
		open("t-center", Role.CENTER_ADMIN, "T_CENTER");
		open("t-operator", Role.CENTER_OPERATOR, "T_CENTER");
		open("t-tax", Role.PROVIDER, "T_TAX");
		open("t-procurement", Role.GOV_QUERIER, "T_PROC");
		open("t-agency", Role.AGENCY, "T_AGENCY");
		open("t-auditor", Role.AUDITOR, "T_AUDIT");
	}

	private void open(String username, Role role, String organisation) {
		accounts.open(new NewAccount(username, PASSWORD, role, organisation, null), "test");
	}

	/** The demo tax bureau (API.md): may submit TAX_ARREARS and ADMIN_PENALTY. */
	public RequestPostProcessor tax() {
		return httpBasic("tax", "tax-demo");
	}

	/** The demo market regulator (API.md): may submit every item of the default catalog. */
	public RequestPostProcessor market() {
		return httpBasic("market", "market-demo");
	}

	public RequestPostProcessor center() {
		return httpBasic("t-center", PASSWORD);
	}

	public RequestPostProcessor operator() {
		return httpBasic("t-operator", PASSWORD);
	}

	public RequestPostProcessor provider() {
		return httpBasic("t-tax", PASSWORD);
	}

	public RequestPostProcessor querier() {
		return httpBasic("t-procurement", PASSWORD);
	}

	public RequestPostProcessor agency() {
		return httpBasic("t-agency", PASSWORD);
	}

	public RequestPostProcessor auditor() {
		return httpBasic("t-auditor", PASSWORD);
	}
}
