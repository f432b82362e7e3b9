package io.gongxin.account.internal;

import io.gongxin.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rule alone, no application. */
class PasswordPolicyTest {

	@ParameterizedTest(name = "\"{0}\" is accepted")
	@ValueSource(strings = { "eight ch", "correct horse battery staple", "口令口令口令口令" })
	@DisplayName("R-26 a password of 8 to 128 characters that is not the username is accepted")
	void strongPasswordsPass(String password) {
		assertThatCode(() -> PasswordPolicy.requireStrong("alice", password)).doesNotThrowAnyException();
	}

	@Test
	@DisplayName("R-26 a password of 128 characters passes, of 129 is refused")
	void longestPassword() {
		assertThatCode(() -> PasswordPolicy.requireStrong("alice", "x".repeat(128))).doesNotThrowAnyException();
		assertWeak("alice", "x".repeat(129));
	}

	@ParameterizedTest(name = "\"{0}\" is refused")
	@ValueSource(strings = { "", "seven c", "Alice.Chen", "ALICE.CHEN" })
	@DisplayName("R-26 a short password, or the username in any case, is refused as WEAK_PASSWORD on the password field")
	void weakPasswordsAreRefused(String password) {
		assertWeak("alice.chen", password);
	}

	@Test
	@DisplayName("R-26 no password at all is refused")
	void noPassword() {
		assertWeak("alice", null);
	}

	private static void assertWeak(String username, String password) {
		assertThatThrownBy(() -> PasswordPolicy.requireStrong(username, password))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				org.assertj.core.api.Assertions.assertThat(ex.code()).isEqualTo("WEAK_PASSWORD");
				org.assertj.core.api.Assertions.assertThat(ex.properties()).containsEntry("field", "password");
			});
	}
}
