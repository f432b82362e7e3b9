package io.gongxin.account.internal;

import java.util.List;

import io.gongxin.platform.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Pages: form login with a session and CSRF protection; every page request checks the session's account against
 * the database ({@link SessionCheck}); public pages and static files open, everything else for a signed-in account.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
			ProblemAccessDenied denied, AccountUsers users) throws Exception {
		http.addFilterAfter(new SessionCheck(users), SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/workspace")
			.failureHandler(new LoginFailures())
			.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.exceptionHandling(errors -> errors.accessDeniedHandler(denied))
			.authorizeHttpRequests(requests -> {
				PublicEndpointRules.permit(requests, publicEndpoints);
				requests.requestMatchers("/", "/css/**", "/js/**", "/images/**", "/webjars/**").permitAll();
				requests.anyRequest().authenticated();
			});
		return http.build();
	}
}
