package io.gongxin.catalog.internal;

import java.security.Principal;
import java.util.Locale;

import io.gongxin.platform.PageController;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * R-15 on the console: the centre administrator starts a draft from the version in force (or reopens a draft),
 * edits it as structured text, sees every validation error with its place in words before anything is saved, and
 * saves the draft, to publish it from the version's page ({@link CatalogVersionPages}).
 */
@PageController
class CatalogDraftPages {

	private final CatalogDraftText text;

	private final DraftEditing drafts;

	CatalogDraftPages(CatalogDraftText text, DraftEditing drafts) {
		this.text = text;
		this.drafts = drafts;
	}

	/** The draft to edit ({@link DraftEditing#toEdit}) as text. */
	@GetMapping("/console/catalog/draft")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String edit(@RequestParam(required = false) String version, Model model) {
		model.addAttribute("text", text.write(drafts.toEdit(version)));
		model.addAttribute("maxChars", CatalogDraftText.MAX_CHARS);
		return "console/catalog-draft";
	}

	/** Validates the text; saves it as a draft only when asked to and nothing is wrong. What was typed stays. */
	@PostMapping("/console/catalog/draft")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String check(@RequestParam(name = "document", required = false) String document,
			@RequestParam(defaultValue = "validate") String action, Principal principal, Locale locale, Model model,
			RedirectAttributes redirect) {
		CheckedDraft checked = text.check(document, locale);
		if (checked.valid() && action.equals("save")) {
			if (drafts.save(checked.document(), principal.getName())) {
				redirect.addFlashAttribute("noticeKey", "catalog.draft.saved");
				return "redirect:/console/catalog/versions/" + checked.document().version();
			}
			model.addAttribute("versionTaken", checked.document().version());
		}
		model.addAttribute("text", document == null ? "" : document);
		model.addAttribute("checked", checked);
		model.addAttribute("maxChars", CatalogDraftText.MAX_CHARS);
		return "console/catalog-draft";
	}
}
