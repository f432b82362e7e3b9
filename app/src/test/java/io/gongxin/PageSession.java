package io.gongxin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * A browser's page session: logs in through the login form and carries the session cookie it was given, as a
 * browser would. Sessions live in PostgreSQL (Spring Session JDBC), not in the servlet container, so a test holds
 * the cookie rather than a container session. Used as {@code mvc.perform(get("/workspace").with(session))}.
 */
public final class PageSession implements RequestPostProcessor {

	private final Cookie cookie;

	private PageSession(Cookie cookie) {
		this.cookie = cookie;
	}

	/** Logs in on the form; a refused login gives a session that is not signed in (no cookie). */
	public static PageSession login(MockMvc mvc, String username, String password) throws Exception {
		return login(mvc, username, password, result -> { });
	}

	/** Logs in on the form, expecting what the form answers (e.g. {@code redirectedUrl("/workspace")}). */
	public static PageSession login(MockMvc mvc, String username, String password, ResultMatcher expected)
			throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password)).andExpect(expected).andReturn();
		return new PageSession(result.getResponse().getCookie("SESSION"));
	}

	/** The session as the browser holds it after {@code result}: a new session id (set anew) replaces the old. */
	public PageSession after(MvcResult result) {
		Cookie renewed = result.getResponse().getCookie("SESSION");
		return renewed == null ? this : new PageSession(renewed);
	}

	/** Whether the login was accepted (the form sent the browser to its workspace, with a session). */
	public boolean signedIn() {
		return cookie != null;
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			List<Cookie> cookies = new ArrayList<>(
					request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
			cookies.add(cookie);
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}
}
