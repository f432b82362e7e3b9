package io.gongxin.report.internal;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ReportSetup {

	@Bean
	ReportSettings reportSettings(Environment environment) {
		return Binder.get(environment).bindOrCreate("gongxin.report", ReportSettings.class);
	}
}
