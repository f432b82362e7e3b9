package io.gongxin.dispute.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The centre's objection pages: its queue by deadline, the objections still disputed after verification (R-30a),
 * and the form to file one at the counter for a person (R-28, {@link CounterFilingPage}).
 */
@PageController
class ObjectionCounterPages {

	private final ObjectionQueue queue;

	private final Catalogs catalogs;

	private final ObjectionReviewsJdbc reviews;

	private final ObjectionLabels labels;

	ObjectionCounterPages(ObjectionQueue queue, Catalogs catalogs, ObjectionReviewsJdbc reviews, ObjectionLabels labels) {
		this.queue = queue;
		this.catalogs = catalogs;
		this.reviews = reviews;
		this.labels = labels;
	}

	@GetMapping("/console/objections")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String queue(Caller caller, Model model) {
		queue.into(caller, model);
		model.addAttribute("disagreed", disagreed());
		// a missing record filed at the counter names its item by name, the code only as the value
		model.addAttribute("counterItems", catalogs.published().items());
		return "console/objections";
	}

	private List<Disagreed> disagreed() {
		return reviews.disagreed().stream().map(o -> {
			ObjectionLabels.Label label = labels.label(o);
			return new Disagreed(o.id(), label.subjectName(), label.itemName(), o.statement(), o.outcome(), o.recordId());
		}).toList();
	}
}
