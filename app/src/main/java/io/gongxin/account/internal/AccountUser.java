package io.gongxin.account.internal;

import java.util.Collection;
import java.util.List;

import io.gongxin.account.Caller;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: the account as Spring Security sees it, carrying its {@link Caller} and the
 * account's session epoch when it was read. A page session keeps this object; {@link SessionCheck} compares its
 * epoch with the database on every request, so a password change or a disable ends the session on every node.
 */
final class AccountUser implements UserDetails, CredentialsContainer {

	private final Caller caller;

	private String passwordHash;

	private final boolean enabled;

	private final int epoch;

	AccountUser(Caller caller, String passwordHash, boolean enabled, int epoch) {
		this.caller = caller;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.epoch = epoch;
	}

	Caller caller() {
		return caller;
	}

	int epoch() {
		return epoch;
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
