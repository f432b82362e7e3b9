package io.gongxin.dispute.internal;

import java.util.List;

import io.gongxin.account.Caller;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The caller's objections on a page, each named by its item and whose it is. */
@Component
class ObjectionQueue {

	private final OpenObjections open;

	private final ObjectionLabels labels;

	ObjectionQueue(OpenObjections open, ObjectionLabels labels) {
		this.open = open;
		this.labels = labels;
	}

	void into(Caller caller, Model model) {
		List<ObjectionView> queue = open.queue(caller);
		model.addAttribute("objections", queue);
		model.addAttribute("labels", labels.labels(queue));
	}
}
