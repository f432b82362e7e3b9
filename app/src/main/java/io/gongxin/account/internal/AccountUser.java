package io.gongxin.account.internal;

import java.util.Collection;
import java.util.List;

import io.gongxin.account.Caller;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: the account as Spring Security sees it, carrying its {@link Caller}. */
final class AccountUser implements UserDetails, CredentialsContainer {

	private final Caller caller;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	AccountUser(Caller caller, String passwordHash, boolean enabled, boolean locked) {
		this.caller = caller;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	Caller caller() {
		return caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(caller.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return caller.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountUser[" + caller.username() + ", " + caller.role() + "]";
	}
}
