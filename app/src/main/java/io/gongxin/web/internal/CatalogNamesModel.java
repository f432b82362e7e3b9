package io.gongxin.web.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The names behind the catalog's codes on every page: item names, field labels and matter names of the
 * published catalog in the page's language, so records read as words.
 */
@ControllerAdvice(annotations = PageController.class)
class CatalogNamesModel {

	private final Catalogs catalogs;

	CatalogNamesModel(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@ModelAttribute
	void names(Model model, Locale locale) {
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
	}
}
