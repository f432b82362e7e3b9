package io.gongxin;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;

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

	/** The test querier's organisation, granted every matter by a catalog version the test setup publishes. */
	public static final String TEST_QUERIER_ORGANISATION = "T_PROC";

	private final Accounts accounts;

	private final Catalogs catalogs;

	private final io.gongxin.subject.Subjects subjects;

	TestAccounts(Accounts accounts, Catalogs catalogs, io.gongxin.subject.Subjects subjects) {
		this.accounts = accounts;
		this.catalogs = catalogs;
		this.subjects = subjects;
	}

	/** A person of a test's own: its SUBJECT account (password {@link #PASSWORD}) and its resident id number. */
	public record Person(String username, String id) {
	}

	/** A new person with a fresh synthetic id and an account named {@code prefix-…}, for one test. */
	public Person freshPerson(String prefix) {
		long seed = System.nanoTime();
		io.gongxin.synthetic.SyntheticPerson person = new io.gongxin.synthetic.SyntheticSubjects(seed)
			.person(java.time.LocalDate.of(1970, 1, 1), java.time.LocalDate.of(1990, 1, 1));
		subjects.register(person.id(), person.name());
		String username = prefix + "-" + Long.toString(seed, 36);
		accounts.open(new NewAccount(username, PASSWORD, Role.SUBJECT, null, person.id()), "test");
		return new Person(username, person.id().value());
	}

	/** A new account of the test agency T_AGENCY named {@code prefix-…} (password {@link #PASSWORD}), for one test. */
	public String freshAgency(String prefix) {
		return freshAccount(prefix, Role.AGENCY, "T_AGENCY");
	}

	/** A new account of a role and a test organisation, named {@code prefix-…} (password {@link #PASSWORD}), for one test. */
	public String freshAccount(String prefix, Role role, String organisation) {
		String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
		accounts.open(new NewAccount(username, PASSWORD, role, organisation, null), "test");
		return username;
	}

	/** Creates the test organisations and accounts once per database. */
	public synchronized void ensure() {
		if (accounts.exists("t-center")) {
			return;
		}
		for (String code : new String[] { "T_CENTER", "T_TAX", TEST_QUERIER_ORGANISATION, "T_AGENCY", "T_AUDIT" }) {
			accounts.registerOrganisation(new Organisation(code, "测试机构 " + code));
		}
		open("t-center", Role.CENTER_ADMIN, "T_CENTER");
		open("t-operator", Role.CENTER_OPERATOR, "T_CENTER");
		open("t-tax", Role.PROVIDER, "T_TAX");
		open("t-procurement", Role.GOV_QUERIER, TEST_QUERIER_ORGANISATION);
		open("t-agency", Role.AGENCY, "T_AGENCY");
		open("t-auditor", Role.AUDITOR, "T_AUDIT");
		grantEveryMatterTo(TEST_QUERIER_ORGANISATION);
	}

	/**
	 * the shipped catalog grants its matters to the demo bodies only (PROCUREMENT, APPROVAL). The tests'
	 * own querier gets every matter the way any organisation does: the centre publishes a catalog version that
	 * grants them (the shipped catalog itself never names a test organisation).
	 */
	private void grantEveryMatterTo(String organisation) {
		CatalogDocument published = catalogs.published();
		List<Matter> granted = published.matters().stream().map(m -> {
			List<String> to = new ArrayList<>(m.grantedTo());
			to.add(organisation);
			return new Matter(m.code(), m.name(), m.nameEn(), m.items(), m.measures(), to);
		}).toList();
		String version = published.version() + "-test";
		catalogs.saveDraft(published.withMatters(granted).withVersion(version), "test");
		catalogs.publish(version, "test");
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

	/** The demo procurement centre (API.md): granted GOV_PROCUREMENT and BIDDING only. */
	public RequestPostProcessor procurement() {
		return httpBasic("procurement", "procurement-demo");
	}

	/** The demo licensing bureau (API.md, organisation APPROVAL): granted LICENSING and SUPERVISION only. */
	public RequestPostProcessor licensing() {
		return httpBasic("licensing", "licensing-demo");
	}

	public RequestPostProcessor agency() {
		return httpBasic("t-agency", PASSWORD);
	}

	public RequestPostProcessor auditor() {
		return httpBasic("t-auditor", PASSWORD);
	}
}
