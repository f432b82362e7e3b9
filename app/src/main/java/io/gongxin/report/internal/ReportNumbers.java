package io.gongxin.report.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Report numbers: {@code GX} + issue date + ten random characters of Crockford's base 32 (50 bits), so a
 * number cannot be guessed to read someone else's verification.
 */
final class ReportNumbers {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final Pattern SHAPE = Pattern.compile("GX\\d{8}-[0-9A-HJKMNP-TV-Z]{10}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReportNumbers() {
	}

	static String next(LocalDate day) {
		StringBuilder number = new StringBuilder("GX").append(day.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
		for (int i = 0; i < 10; i++) {
			number.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return number.toString();
	}

	static boolean wellFormed(String number) {
		return number != null && SHAPE.matcher(number).matches();
	}
}
