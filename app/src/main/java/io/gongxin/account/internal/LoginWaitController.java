package io.gongxin.account.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The centre lifts the login waits of an account's failing clients ({@link LiftLoginWaits}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts", description = "账户与机构 / accounts and organisations")
class LoginWaitController {

	private final LiftLoginWaits waits;

	LoginWaitController(LiftLoginWaits waits) {
		this.waits = waits;
	}

	@PostMapping("/accounts/{username}/unlock")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "解除所有客户端的登录等待（中心管理员）/ lift every client's login wait (centre admin)")
	UnlockAnswer unlock(@PathVariable String username, Caller caller) {
		waits.lift(caller, username);
		return new UnlockAnswer(username, false);
	}
}
