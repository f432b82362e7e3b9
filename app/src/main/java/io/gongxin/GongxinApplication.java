package io.gongxin;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gongxin (公信), a public credit information platform. Start with {@code --demo} for the embedded
 * demo city; see README.md.
 */
@SpringBootApplication
@EnableScheduling
public class GongxinApplication {

	public static void main(String[] args) {
		application(args).run(args);
	}

	/** The application as {@code main} runs it: {@code --demo} switches demo mode on. */
	public static SpringApplication application(String... args) {
		SpringApplication application = new SpringApplication(GongxinApplication.class);
		if (Arrays.asList(args).contains("--demo")) {
			application.setDefaultProperties(Map.of("gongxin.demo", "true"));
		}
		return application;
	}
}
