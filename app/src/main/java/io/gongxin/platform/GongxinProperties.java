package io.gongxin.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every module.
 *
 * @param demo whether the platform runs as the demo city (demo accounts and synthetic data)
 * @param dataDirectory where the embedded database and generated demo keys live
 * @param zone the time zone in which dates and deadlines are counted
 */
@ConfigurationProperties("gongxin")
public record GongxinProperties(boolean demo, Path dataDirectory, String zone) {

	public GongxinProperties {
		dataDirectory = dataDirectory == null ? Path.of("data") : dataDirectory;
		zone = zone == null ? "Asia/Shanghai" : zone;
	}
}
