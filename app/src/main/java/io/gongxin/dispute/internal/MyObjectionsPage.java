package io.gongxin.dispute.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.subject.Subjects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The subject's objections: those it filed, what remains to it when it still disagrees, and the
 * items a record of its could be missing from; filing is {@link ObjectionFilingPages}, following one
 * {@link SubjectObjectionPages}.
 */
@PageController
class MyObjectionsPage {

	private final ObjectionQueue queue;

	private final Catalogs catalogs;

	private final Subjects subjects;

	private final int reconsiderationDays;

	private final int litigationMonths;

	MyObjectionsPage(ObjectionQueue queue, Catalogs catalogs, Subjects subjects,
			@Value("${gongxin.remedies.reconsideration-days:60}") int reconsiderationDays,
			@Value("${gongxin.remedies.litigation-months:6}") int litigationMonths) {
		this.queue = queue;
		this.catalogs = catalogs;
		this.subjects = subjects;
		this.reconsiderationDays = reconsiderationDays;
		this.litigationMonths = litigationMonths;
	}

	@GetMapping("/me/objections")
	@PreAuthorize("hasRole('SUBJECT')")
	String mine(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		queue.into(caller, model);
		// R-30a: what remains to a person who still disagrees (行政复议, 行政诉讼), the periods from the settings
		model.addAttribute("reconsiderationDays", reconsiderationDays);
		model.addAttribute("litigationMonths", litigationMonths);
		// the items a record of this subject could be missing from (遗漏)
		model.addAttribute("omissionItems", caller.actingSubject().flatMap(subjects::find)
			.map(subject -> catalogs.published().items().stream().filter(item -> item.allows(subject.type())).toList())
			.orElse(List.of()));
		return htmx != null ? "me/objections :: section" : "me/objections";
	}
}
