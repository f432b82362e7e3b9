package io.gongxin.dispute.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Objections as API.md sets them out: read, queued, disagreed with; filed through
 * {@link ObjectionFilingController}, answered through {@link ObjectionAnswersController}.
 */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class ObjectionsController {

	private final SubjectSteps subjectSteps;

	private final ObjectionViews views;

	private final ObjectionParties parties;

	private final OpenObjections open;

	ObjectionsController(SubjectSteps subjectSteps, ObjectionViews views, ObjectionParties parties, OpenObjections open) {
		this.subjectSteps = subjectSteps;
		this.views = views;
		this.parties = parties;
		this.open = open;
	}

	@GetMapping("/api/v1/objections/{id}")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的状态 / an objection's state")
	ObjectionView find(@PathVariable long id, Caller caller) {
		return views.of(parties.readable(id, caller));
	}

	@GetMapping("/api/v1/objections")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "待办异议（临近期限在前）；信息主体：本人的全部异议 / open objections, nearest deadline first; "
			+ "a subject: all of its own")
	List<ObjectionView> queue(Caller caller) {
		return open.queue(caller);
	}

	@PostMapping("/api/v1/objections/{id}/disagreement")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "信息主体仍有异议 / the subject still disagrees")
	ObjectionView disagree(@PathVariable long id, Caller caller) {
		return views.of(subjectSteps.disagree(caller, id));
	}
}
