package io.gongxin.dispute.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's objection pages: its queue by deadline, the objections still disputed after verification (R-30a),
 * and objections filed at the counter for a person.
 */
@PageController
class ObjectionCounterPages {

	private final ObjectionsController api;

	private final RequestChecks checks;

	private final Catalogs catalogs;

	private final ObjectionsJdbc objections;

	private final ObjectionLabels labels;

	ObjectionCounterPages(ObjectionsController api, RequestChecks checks, Catalogs catalogs, ObjectionsJdbc objections,
			ObjectionLabels labels) {
		this.api = api;
		this.checks = checks;
		this.catalogs = catalogs;
		this.objections = objections;
		this.labels = labels;
	}

	@GetMapping("/console/objections")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String queue(Caller caller, Model model) {
		ObjectionPages.listQueue(api, labels, caller, model);
		model.addAttribute("disagreed", disagreed());
		// a missing record filed at the counter names its item by name, the code only as the value
		model.addAttribute("counterItems", catalogs.published().items());
		return "console/objections";
	}

	/** What the centre sees of an objection still disputed after verification (R-30a): whose, about what, and why. */
	record Disagreed(long id, String subjectName, String itemName, String statement, String outcome, Long recordId) {
	}

	private List<Disagreed> disagreed() {
		return objections.disagreed().stream().map(o -> {
			ObjectionLabels.Label label = labels.label(o);
			return new Disagreed(o.id(), label.subjectName(), label.itemName(), o.statement(), o.outcome(), o.recordId());
		}).toList();
	}

	/**
	 * centre staff file an objection for a person at the counter (窗口代为提出), about one of its records or a
	 * missing one, with the person's consent recorded.
	 */
	@PostMapping("/console/objections")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String fileAtCounter(@RequestParam String subjectId, @RequestParam(required = false) Long recordId,
			@RequestParam(required = false) String item, @RequestParam(required = false) String description,
			@RequestParam String reason, @RequestParam String statement, @RequestParam String consentMethod,
			@RequestParam String consentReference, Caller caller, RedirectAttributes redirect) {
		ObjectionsController.Omission omission = recordId == null
				? new ObjectionsController.Omission(item, null, description) : null;
		api.object(checks.valid(new ObjectionsController.NewObjection(recordId, reason, statement, omission, subjectId,
				new ObjectionsController.Consent(consentMethod, consentReference))), caller);
		redirect.addFlashAttribute("noticeKey", "console.objection.filed");
		return "redirect:/console/objections";
	}
}
