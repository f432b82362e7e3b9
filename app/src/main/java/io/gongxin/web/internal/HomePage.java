package io.gongxin.web.internal;

import java.util.List;

import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;

import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home (诚信门户): search by name or code, and the ways in. */
@PageController
class HomePage implements PublicEndpoints {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	/** Where a reader lands after signing in: their workspace, or the portal. */
	@GetMapping("/workspace")
	String workspace(io.gongxin.account.Caller caller) {
		return Workspace.of(caller).stream().findFirst().map(w -> "redirect:" + w.path()).orElse("redirect:/");
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/"), Endpoint.get("/webjars/**"), Endpoint.get("/js/**"));
	}
}
