package io.gongxin.account.internal;

import org.springframework.security.core.AuthenticationException;

/** The bearer token was not accepted ({@link BearerTokens}). */
final class InvalidToken extends AuthenticationException {

	InvalidToken() {
		super("invalid bearer token");
	}
}
