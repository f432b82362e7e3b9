package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's accounts: who may do what, which are disabled, for which some client must wait after failed
 * logins; open an account, disable or enable one (with a reason), lift the waits.
 */
@PageController
@PreAuthorize("hasRole('CENTER_ADMIN')")
class AccountPages {

	private final AccountController api;

	private final io.gongxin.account.Accounts directory;

	private final JdbcClient jdbc;

	private final RequestChecks checks;

	private final AccessController access;

	private final Clock clock;

	AccountPages(AccountController api, io.gongxin.account.Accounts directory, AccessController access, JdbcClient jdbc,
			RequestChecks checks, Clock clock) {
		this.api = api;
		this.directory = directory;
		this.access = access;
		this.clock = clock;
		this.jdbc = jdbc;
		this.checks = checks;
	}

	@GetMapping("/console/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", jdbc.sql("""
				select username, role, organisation_code, enabled,
				       (select max(t.blocked_until) from login_throttle t
				         where t.username = lower(a.username) and t.blocked_until > ?), created_at
				  from accounts a order by role, username limit 500""")
			.param(OffsetDateTime.now(clock))
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)))
			.list());
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("roles", roles());
		return "console/accounts";
	}

	@PostMapping("/console/accounts")
	String open(@RequestParam String username, @RequestParam String password, @RequestParam String role,
			@RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String subjectId,
			Caller caller, RedirectAttributes redirect) {
		api.open(checks.valid(new AccountController.AccountRequest(username.strip(), password, role,
				organisation.isBlank() ? null : organisation, subjectId.isBlank() ? null : subjectId)), caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.opened");
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{username}/disable")
	String disable(@PathVariable String username, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		access.disable(username, checks.valid(new AccessController.AccountDecisionRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.disabled");
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{username}/enable")
	String enable(@PathVariable String username, @RequestParam String reason, Caller caller,
			RedirectAttributes redirect) {
		access.enable(username, checks.valid(new AccessController.AccountDecisionRequest(reason)), caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.enabled");
		return "redirect:/console/accounts";
	}

	@PostMapping("/console/accounts/{username}/unlock")
	String unlock(@PathVariable String username, Caller caller, RedirectAttributes redirect) {
		api.unlock(username, caller);
		redirect.addFlashAttribute("noticeKey", "console.accounts.unlocked");
		return "redirect:/console/accounts";
	}

	/** One account as the console lists it (lockedUntil: until when some client waits); no password hash leaves the table. */
	record Row(String username, String role, String organisation, boolean enabled, OffsetDateTime lockedUntil,
			OffsetDateTime createdAt) {
	}

	static List<String> roles() {
		return List.of("CENTER_ADMIN", "CENTER_OPERATOR", "PROVIDER", "GOV_QUERIER", "AGENCY", "SUBJECT", "AUDITOR");
	}
}
