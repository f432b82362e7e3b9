package io.gongxin.dispute.internal;

import io.gongxin.calendar.RightsDeadlines;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one objection for one of its parties (issue 14 points 1 and 9): the record as published, whose it
 * is, the statement, the evidence and the timeline with the step due ({@link ObjectionCases}); the decision pages
 * add their confirmation or errors to the model first.
 */
@Component
class ObjectionCaseView {

	static final String VIEW = "objections/case";

	private final ObjectionCases cases;

	private final ForwardingChoice forwarding;

	private final int verifyDays;

	private final int reconsiderationDays;

	private final int litigationMonths;

	ObjectionCaseView(ObjectionCases cases, ForwardingChoice forwarding, RightsDeadlines deadlines,
			@Value("${gongxin.remedies.reconsideration-days:60}") int reconsiderationDays,
			@Value("${gongxin.remedies.litigation-months:6}") int litigationMonths) {
		this.cases = cases;
		this.forwarding = forwarding;
		this.verifyDays = deadlines.verifyDays();
		this.reconsiderationDays = reconsiderationDays;
		this.litigationMonths = litigationMonths;
	}

	String show(Model model, Objection objection, CaseAudience audience) {
		model.addAttribute("oc", cases.of(objection));
		model.addAttribute("audience", audience.name());
		model.addAttribute("base", audience.base);
		model.addAttribute("reconsiderationDays", reconsiderationDays);
		model.addAttribute("litigationMonths", litigationMonths);
		model.addAttribute("verifyDays", verifyDays);
		if (audience == CaseAudience.CENTRE && objection.aboutOmission()) {
			forwarding.into(model, objection);
		}
		return VIEW;
	}
}
