package io.gongxin.platform.internal;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * For {@code logback-spring.xml}: the console appender to use, {@code CONSOLE_JSON} (structured, one JSON object a
 * line) when Spring Boot was given {@code logging.structured.format.console} (which it passes on as
 * {@code CONSOLE_LOG_STRUCTURED_FORMAT}), else the plain-text {@code CONSOLE}.
 */
public class ConsoleAppenderName extends PropertyDefinerBase {

	@Override
	public String getPropertyValue() {
		String format = getContext().getProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
		if (format == null) {
			format = System.getProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
		}
		return format == null || format.isBlank() ? "CONSOLE" : "CONSOLE_JSON";
	}
}
