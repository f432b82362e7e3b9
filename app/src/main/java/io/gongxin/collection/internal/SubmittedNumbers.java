package io.gongxin.collection.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** A submitted number: up to 20 digits and 10 decimals, with or without thousands separators ({@code ,} or {@code ，}). */
final class SubmittedNumbers {

	private static final Pattern DECIMAL_TEXT = Pattern.compile("[-+]?\\d{1,20}(\\.\\d{1,10})?");

	private SubmittedNumbers() {
	}

	static Optional<BigDecimal> parse(String text) {
		String plain = text.replace(",", "").replace("，", "");
		if (!DECIMAL_TEXT.matcher(plain).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain));
	}
}
