package io.gongxin.web.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.subject.Identifiers;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A subject's public page on the portal, open to everyone ({@link PublicSubjectView}). */
@PageController
class PortalSubjectPage implements PublicEndpoints {

	private final Identifiers identifiers;

	private final PublicSubjectView subjectView;

	PortalSubjectPage(Identifiers identifiers, PublicSubjectView subjectView) {
		this.identifiers = identifiers;
		this.subjectView = subjectView;
	}

	@GetMapping("/portal/subjects/{id}")
	String subject(@PathVariable String id, Caller caller, HttpServletRequest request, Model model) {
		return subjectView.show(identifiers.checkField(id, "id"), caller, request, model);
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/portal/subjects/*"));
	}
}
