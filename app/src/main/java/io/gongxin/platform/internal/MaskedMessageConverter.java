package io.gongxin.platform.internal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.gongxin.platform.ResidentIdMask;

/** Logback's {@code %m}, with resident id numbers masked (see {@code logback-spring.xml}). */
public class MaskedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return ResidentIdMask.mask(super.convert(event));
	}
}
