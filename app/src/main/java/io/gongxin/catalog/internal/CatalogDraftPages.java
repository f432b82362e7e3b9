package io.gongxin.catalog.internal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.PageController;
import io.gongxin.platform.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * R-15 on the console: the centre administrator starts a draft from the version in force (or reopens a draft),
 * edits it as structured text, sees every validation error with its place in words before anything is saved, saves
 * the draft, and publishes it from the version's page with a confirmation, after seeing what changes.
 */
@PageController
class CatalogDraftPages {

	private final Catalogs catalogs;

	private final CatalogDraftText text;

	private final Clock clock;

	CatalogDraftPages(Catalogs catalogs, CatalogDraftText text, Clock clock) {
		this.catalogs = catalogs;
		this.text = text;
		this.clock = clock;
	}

	/** A draft to edit: the named draft, or the version in force under the next free version number. */
	@GetMapping("/console/catalog/draft")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String edit(@RequestParam(required = false) String version, Model model) {
		CatalogDocument document = Optional.ofNullable(version)
			.filter(v -> status(v) == Catalogs.Status.DRAFT)
			.flatMap(catalogs::version)
			.orElseGet(() -> catalogs.published().withVersion(nextVersion()));
		model.addAttribute("text", text.write(document));
		model.addAttribute("maxChars", CatalogDraftText.MAX_CHARS);
		return "console/catalog-draft";
	}

	/** Validates the text; saves it as a draft only when asked to and nothing is wrong. What was typed stays. */
	@PostMapping("/console/catalog/draft")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String check(@RequestParam(name = "document", required = false) String document,
			@RequestParam(defaultValue = "validate") String action, Principal principal, Locale locale, Model model,
			RedirectAttributes redirect) {
		CatalogDraftText.Checked checked = text.check(document, locale);
		if (checked.valid() && action.equals("save")) {
			Catalogs.Status status = status(checked.document().version());
			if (status == null || status == Catalogs.Status.DRAFT) {
				catalogs.saveDraft(checked.document(), principal.getName());
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

	/** A version: what it holds, its validation, what it changes against the version in force; a draft's publication. */
	@GetMapping("/console/catalog/versions/{version}")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	String version(@PathVariable String version, Locale locale, Model model) {
		Catalogs.VersionInfo info = catalogs.versions()
			.stream()
			.filter(v -> v.version().equals(version))
			.findFirst()
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_CATALOG_VERSION",
					Map.of("version", version), version));
		CatalogDocument document = catalogs.version(version).orElseThrow();
		model.addAttribute("info", info);
		model.addAttribute("document", document);
		model.addAttribute("checked", text.check(text.write(document), locale));
		model.addAttribute("changes", Changes.between(catalogs.published(), document));
		return "console/catalog-version";
	}

	@PostMapping("/console/catalog/versions/{version}/publication")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	String publish(@PathVariable String version, @RequestParam(required = false) String confirm, Principal principal,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			throw new DomainException(DomainException.Kind.INVALID, "PUBLICATION_NOT_CONFIRMED", version);
		}
		catalogs.publish(version, principal.getName());
		redirect.addFlashAttribute("noticeKey", "console.catalog.publishedNow");
		return "redirect:/console/catalog";
	}

	/** The version's status, or null when there is no such version. */
	private Catalogs.Status status(String version) {
		return catalogs.versions().stream().filter(v -> v.version().equals(version)).findFirst()
			.map(Catalogs.VersionInfo::status).orElse(null);
	}

	/** Next year's first version not taken yet ({@code 2027.1}, {@code 2027.2} ...). */
	private String nextVersion() {
		int year = LocalDate.now(clock).getYear() + 1;
		List<String> taken = catalogs.versions().stream().map(Catalogs.VersionInfo::version).toList();
		int n = 1;
		while (taken.contains(year + "." + n)) {
			n++;
		}
		return year + "." + n;
	}

	/** What a version changes against the one in force: item and matter codes added, removed or changed. */
	record Changes(List<String> itemsAdded, List<String> itemsRemoved, List<String> itemsChanged,
			List<String> mattersAdded, List<String> mattersRemoved, List<String> mattersChanged, boolean otherChanged) {

		static Changes between(CatalogDocument before, CatalogDocument after) {
			Map<String, CatalogItem> was = byCode(before.items(), CatalogItem::code);
			Map<String, CatalogItem> is = byCode(after.items(), CatalogItem::code);
			Map<String, Matter> wasM = byCode(before.matters(), Matter::code);
			Map<String, Matter> isM = byCode(after.matters(), Matter::code);
			boolean other = !Objects.equals(before.name(), after.name()) || !before.repairAfter().equals(after.repairAfter())
					|| !Objects.equals(before.publicationBySeverity(), after.publicationBySeverity())
					|| !before.grading().equals(after.grading()) || !before.lists().equals(after.lists());
			return new Changes(added(was, is), added(is, was), changed(was, is), added(wasM, isM), added(isM, wasM),
					changed(wasM, isM), other);
		}

		public boolean none() {
			return itemsAdded.isEmpty() && itemsRemoved.isEmpty() && itemsChanged.isEmpty() && mattersAdded.isEmpty()
					&& mattersRemoved.isEmpty() && mattersChanged.isEmpty() && !otherChanged;
		}

		private static <T> Map<String, T> byCode(List<T> values, java.util.function.Function<T, String> code) {
			Map<String, T> map = new java.util.LinkedHashMap<>();
			values.forEach(v -> map.putIfAbsent(String.valueOf(code.apply(v)), v));
			return map;
		}

		private static <T> List<String> added(Map<String, T> before, Map<String, T> after) {
			return after.keySet().stream().filter(code -> !before.containsKey(code)).toList();
		}

		private static <T> List<String> changed(Map<String, T> before, Map<String, T> after) {
			return after.keySet().stream()
				.filter(code -> before.containsKey(code) && !before.get(code).equals(after.get(code)))
				.toList();
		}
	}
}
