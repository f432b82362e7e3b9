package io.gongxin.notice.internal;

import java.util.regex.Pattern;

import io.gongxin.platform.DomainException;

/** A person's contacts for notices: a mainland mobile number and an e-mail address, bounded; blank means none. */
record Contacts(String mobile, String email) {

	private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

	Contacts {
		mobile = blankToNull(mobile);
		email = blankToNull(email);
		if (mobile != null && !MOBILE.matcher(mobile).matches()) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_MOBILE");
		}
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_EMAIL");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
