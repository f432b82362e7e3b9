package io.gongxin.account.internal;

import java.time.Clock;
import java.util.Optional;

import io.gongxin.platform.SharedCaches;

import org.springframework.stereotype.Component;

/**
 * BCrypt is slow on purpose, about 100 ms a check here, which a system calling with HTTP Basic would pay on every
 * request. A password that was right in the last {@value RememberedLogin#REMEMBER_SECONDS} seconds is therefore
 * remembered, by a keyed hash that lives only in this node's bounded cache ({@link PasswordFingerprints}, never the
 * password; ADR 0013), together with the account's session epoch: the account is read again on every request, so a
 * disable takes effect at once, and a password changed on any node makes the old password's memory worthless.
 */
@Component
class RememberedPasswords {

	/** The cache of remembered passwords, on every node (ADR 0013). */
	static final String CACHE = "passwords";

	private final AccountUsers users;

	private final SharedCaches caches;

	private final Clock clock;

	private final PasswordFingerprints fingerprints = new PasswordFingerprints();

	RememberedPasswords(AccountUsers users, SharedCaches caches, Clock clock) {
		this.users = users;
		this.caches = caches;
		this.clock = clock;
	}

	/** The account, read afresh, when this password was right for it lately and its session epoch has not moved. */
	Optional<AccountUser> user(String username, String password) {
		String fingerprint = fingerprints.of(username, password);
		RememberedLogin memory = caches.cache(CACHE).get(fingerprint, RememberedLogin.class);
		if (memory == null || !memory.liveAt(clock.instant())) {
			return Optional.empty();
		}
		Optional<AccountUser> user = users.find(username).filter(u -> u.epoch() == memory.epoch());
		if (user.isEmpty()) {
			caches.cache(CACHE).evict(fingerprint);
		}
		return user;
	}

	void remember(String username, String password, int epoch) {
		caches.cache(CACHE).put(fingerprints.of(username, password), RememberedLogin.from(clock.instant(), epoch));
	}

	/** Forgets every remembered password on every node at commit (each would also notice a moved epoch itself). */
	void forgetAll() {
		caches.changed(CACHE);
	}
}
