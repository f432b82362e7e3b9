package io.gongxin.dispute.internal;

import java.util.TreeSet;

import io.gongxin.collection.ProviderPermissions;
import io.gongxin.platform.FormEcho;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * On the centre's page of an objection about a missing record: the providers it may be forwarded to, by name
 * among those that may submit its item; after a problem the one chosen stays chosen, else the one the person named.
 */
@Component
class ForwardingChoice {

	private final ProviderPermissions providers;

	ForwardingChoice(ProviderPermissions providers) {
		this.providers = providers;
	}

	void into(Model model, Objection objection) {
		model.addAttribute("forwardProviders", new TreeSet<>(providers.providersOf(objection.omission().item())));
		String chosen = objection.provider();
		if (model.getAttribute("provider") instanceof String confirming) {
			chosen = confirming;
		}
		if (model.getAttribute("typed") instanceof FormEcho echo) {
			String typed = echo.valueFor("/console/objections/" + objection.id() + "/comparison", "provider");
			chosen = typed == null ? chosen : typed;
		}
		model.addAttribute("forwardChosen", chosen);
	}
}
