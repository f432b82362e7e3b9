package io.gongxin.account.internal;

import java.util.List;

import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form for people (登录); systems use HTTP Basic or a bearer token instead. */
@Controller
class LoginPage implements PublicEndpoints {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/login"));
	}
}
