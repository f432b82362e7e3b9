package io.gongxin.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.Organisation;
import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: who is reading and which workspaces they have, and the names behind codes (field
 * labels and matter names of the published catalog in the page's
 * language, organisations' names) so records read as words.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

	private final Catalogs catalogs;

	private final Accounts accounts;

	PageModel(Catalogs catalogs, Accounts accounts) {
		this.catalogs = catalogs;
		this.accounts = accounts;
	}

	@ModelAttribute
	void common(Caller caller, Model model, java.util.Locale locale) {
		model.addAttribute("caller", caller);
		model.addAttribute("workspaces", Workspace.of(caller));
		Map<String, Map<String, String>> labels = new LinkedHashMap<>();
		Map<String, String> itemNames = new LinkedHashMap<>();
		var catalog = catalogs.published();
		for (CatalogItem item : catalog.items()) {
			itemNames.put(item.code(), item.nameIn(locale));
			Map<String, String> fields = new LinkedHashMap<>();
			for (CatalogField field : item.fields()) {
				fields.put(field.name(), field.labelIn(locale));
			}
			labels.put(item.code(), fields);
		}
		model.addAttribute("fieldLabels", labels);
		model.addAttribute("itemNames", itemNames);
		Map<String, String> matterNames = new LinkedHashMap<>();
		catalog.matters().forEach(matter -> matterNames.put(matter.code(), matter.nameIn(locale)));
		model.addAttribute("matterNames", matterNames);
		Map<String, String> names = new LinkedHashMap<>();
		for (Organisation organisation : accounts.organisations()) {
			names.put(organisation.code(), organisation.name());
		}
		model.addAttribute("organisationNames", names);
	}
}
