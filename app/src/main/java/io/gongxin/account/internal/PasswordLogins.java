package io.gongxin.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (HTTP Basic and the form), each attempt checked by {@link LoginAttempts}.
 * <p>
 * An unknown user name is answered exactly like a wrong password: the same exception, after the same work
 * ({@link PasswordCheck}), counted by the same {@link WrongPasswords}. Whether an account is disabled is told only
 * to someone who knows its password.
 */
class PasswordLogins implements AuthenticationProvider {

	private final LoginAttempts attempts;

	PasswordLogins(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = AccountUsers.normalise(authentication.getName());
		String password = String.valueOf(authentication.getCredentials());
		AccountUser user = attempts.admit(clientOf(authentication), username, password);
		if (!user.isEnabled()) {
			throw new DisabledException("account disabled");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** The address the attempt came from (behind a proxy, configure {@code server.forward-headers-strategy}). */
	static String clientOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
