package io.gongxin.platform.internal;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * For {@code logback-spring.xml}: names the appender the root logger writes to besides the console, {@code FILE}
 * when Spring Boot was given a log file ({@code logging.file.name} or {@code logging.file.path}, which it passes on
 * as {@code LOG_FILE}), else the no-op {@code NO_FILE}. Logback's own conditionals need Janino; this does not.
 */
public class LogFileAppenderName extends PropertyDefinerBase {

	@Override
	public String getPropertyValue() {
		String file = getContext().getProperty("LOG_FILE");
		if (file == null) {
			file = System.getProperty("LOG_FILE");
		}
		return file == null || file.isBlank() ? "NO_FILE" : "FILE";
	}
}
