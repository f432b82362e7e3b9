package io.gongxin.web.internal;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.platform.ErrorPageHeader;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** An error page (a page not found) knows its signed-in reader: their name, workspaces and 退出, not 登录. */
@Component
class SignedInErrorPages implements ErrorPageHeader {

	private final Accounts accounts;

	SignedInErrorPages(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void describe(ModelAndView page) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		Caller caller = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()
				? Caller.anonymous() : accounts.find(who.getName()).orElse(Caller.anonymous());
		page.addObject("caller", caller);
		page.addObject("workspaces", Workspace.of(caller));
	}
}
