package io.gongxin.notice.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.notice.Notice;
import io.gongxin.notice.Notices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox: a person's own notices, or its organisation's. */
@RestController
@Tag(name = "notices", description = "站内通知 / notices")
class NoticesController {

	private final Notices notices;

	NoticesController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/api/v1/notices")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "站内通知 / my notices")
	List<Notice> notices(Caller caller) {
		return caller.actingSubject().map(notices::forSubject)
			.orElseGet(() -> notices.forOrganisation(caller.organisation()));
	}
}
