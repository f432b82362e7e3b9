package io.gongxin.platform.internal;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.gongxin.platform.ResidentIdMask;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (stack traces), with resident id numbers masked: an exception message may quote
 * the path or parameter that failed.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return ResidentIdMask.mask(super.convert(event));
	}
}
