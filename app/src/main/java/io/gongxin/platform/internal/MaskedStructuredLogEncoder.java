package io.gongxin.platform.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.gongxin.platform.ResidentIdMask;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Spring Boot's structured (JSON) log encoder, with resident id numbers masked in the whole line: the message, the
 * stack trace, the MDC and any other member. Masking the finished line rather than each member means no member a
 * format adds later can carry one out.
 *
 * <p>Inside a JSON string an id number may follow an escape ({@code \n}, {@code \t} in a stack trace), whose letter
 * would hide it from {@link ResidentIdMask}'s "standing alone" rule; this pattern also accepts an escape before it.
 */
public class MaskedStructuredLogEncoder extends StructuredLogEncoder {

	private static final Pattern RESIDENT_ID_IN_JSON = Pattern
		.compile("(?:(?<=\\\\[nrtbf\"/\\\\])|(?<![0-9A-Za-z]))\\d{17}[0-9Xx](?![0-9A-Za-z])");

	private Charset charset = StandardCharsets.UTF_8;

	@Override
	public void setCharset(Charset charset) {
		super.setCharset(charset);
		this.charset = charset;
	}

	@Override
	public byte[] encode(ILoggingEvent event) {
		String line = new String(super.encode(event), charset);
		return mask(line).getBytes(charset);
	}

	static String mask(String line) {
		return RESIDENT_ID_IN_JSON.matcher(line).replaceAll(ResidentIdMask.MASK);
	}
}
