package io.gongxin.dispute.internal;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An objection filed by its subject, or by centre staff at the counter for a person who consents. */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class ObjectionFilingController {

	private final ObjectionFiling filing;

	private final Filings filings;

	private final ObjectionViews views;

	ObjectionFilingController(ObjectionFiling filing, Filings filings, ObjectionViews views) {
		this.filing = filing;
		this.filings = filings;
		this.views = views;
	}

	@PostMapping("/api/v1/objections")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SUBJECT', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "提出异议：对本人记录，或对遗漏的记录；中心窗口经本人同意代为提出 / object to a record or about a "
			+ "missing one; centre staff file for a person at the counter with its consent",
			description = "信息主体：本人的记录（recordId）或遗漏（omission: {item, provider?, description}）。"
					+ "中心工作人员：另须 subjectId 与 consent: {method: WRITTEN|IN_PERSON, reference}，同意记入决定日志。"
					+ "其他角色 403；对他人的记录 404，对他人提出 403 NOT_FOR_OTHERS。")
	ObjectionView object(@Valid @RequestBody NewObjection request, Caller caller) {
		return views.of(filing.receive(caller, filings.of(caller, request)));
	}
}
