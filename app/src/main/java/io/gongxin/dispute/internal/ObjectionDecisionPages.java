package io.gongxin.dispute.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.collection.InvalidCorrectionException;
import io.gongxin.collection.RecordError;
import io.gongxin.platform.PageController;
import io.gongxin.platform.RequestChecks;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Decisions on an objection from its page, each in two steps that work without JavaScript (issue 14 point 1): the
 * first submit shows the objection again with what will happen (for a correction, each field as published beside
 * its corrected value, checked against the catalog like a submission); only the second, {@code confirmed}, decides.
 */
@PageController
class ObjectionDecisionPages {

	/** A corrected field's input is named {@code f.<catalog field name>}. */
	static final String FIELD = "f.";

	private static final int MAX_VALUE = 2000;

	private final ObjectionsController api;

	private final ObjectionCasePages pages;

	private final ObjectionCases cases;

	private final CentreDecisions centre;

	private final CorrectionCheck corrections;

	private final RequestChecks checks;

	private final MessageSource messages;

	ObjectionDecisionPages(ObjectionsController api, ObjectionCasePages pages, ObjectionCases cases,
			CentreDecisions centre, CorrectionCheck corrections, RequestChecks checks,
			MessageSource messages) {
		this.api = api;
		this.pages = pages;
		this.cases = cases;
		this.centre = centre;
		this.corrections = corrections;
		this.checks = checks;
		this.messages = messages;
	}

	/** A field the centre corrects: its label, the value as published, the value it will have. */
	record Change(String label, String published, String corrected) {
	}

	/** R-29a, R-29b: the centre forwards the objection to the provider, or corrects the record field by field. */
	@PostMapping("/console/objections/{id}/comparison")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String compare(@PathVariable long id, @RequestParam boolean matchesProvider,
			@RequestParam(required = false) String provider, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam MultiValueMap<String, String> params, Caller caller, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Objection objection = api.readable(id, caller);
		String to = provider == null || provider.isBlank() ? null : provider.strip();
		Map<String, Object> correction = null;
		if (!matchesProvider && objection.recordId() != null) {
			correction = edit(objection, params, true, locale, model);
			if (correction == null) {
				response.setStatus(400);
				return pages.show(model, objection, ObjectionCasePages.Audience.CENTRE);
			}
		}
		if (!confirmed) {
			if (matchesProvider && objection.aboutOmission()) {
				centre.forwardTo(objection, to); // the provider is checked at the first step, the page says what is wrong
			}
			model.addAttribute("confirm", matchesProvider ? "FORWARD" : "CORRECT");
			model.addAttribute("provider", to);
			return pages.show(model, objection, ObjectionCasePages.Audience.CENTRE);
		}
		api.compare(id, checks.valid(new ObjectionsController.Comparison(matchesProvider, correction, to)), caller, locale);
		redirect.addFlashAttribute("noticeKey", "console.objection.compared");
		return "redirect:/console/objections/" + id;
	}

	/** The centre's written conclusion on an objection the person still disagrees with (R-30a). */
	record Review(@NotBlank @Size(max = MAX_VALUE) String conclusion) {
	}

	@PostMapping("/console/objections/{id}/review")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	String review(@PathVariable long id, @RequestParam String conclusion,
			@RequestParam(defaultValue = "false") boolean confirmed, Caller caller, Model model,
			RedirectAttributes redirect) {
		Objection objection = api.readable(id, caller);
		Review review = checks.valid(new Review(conclusion.strip()));
		if (!confirmed) {
			model.addAttribute("confirm", "REVIEW");
			model.addAttribute("conclusion", review.conclusion());
			return pages.show(model, objection, ObjectionCasePages.Audience.CENTRE);
		}
		centre.review(caller, id, review.conclusion());
		redirect.addFlashAttribute("noticeKey", "console.objection.reviewed");
		return "redirect:/console/objections/" + id;
	}

	/**
	 * R-29b: the provider's answer, from the panel or the objection's page, confirmed before it is recorded; upheld,
	 * with the record corrected field by field or, with no field changed, withdrawn from queries.
	 */
	@PostMapping("/provider/objections/{id}/verification")
	@PreAuthorize("hasRole('PROVIDER')")
	String verify(@PathVariable long id, @RequestParam boolean upheld, @RequestParam String explanation,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam MultiValueMap<String, String> params,
			Caller caller, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Objection objection = api.readable(id, caller);
		Map<String, Object> correction = null;
		if (upheld && objection.recordId() != null) {
			correction = edit(objection, params, false, locale, model);
			if (correction == null) {
				response.setStatus(400);
				return pages.show(model, objection, ObjectionCasePages.Audience.PROVIDER);
			}
		}
		boolean corrects = correction != null && !correction.isEmpty();
		ObjectionsController.Verification verification = checks.valid(new ObjectionsController.Verification(upheld,
				corrects ? correction : null, explanation.strip()));
		if (!confirmed) {
			model.addAttribute("confirm", !upheld ? "REJECT" : corrects ? "UPHOLD_CORRECT" : "UPHOLD");
			model.addAttribute("explanation", verification.explanation());
			return pages.show(model, objection, ObjectionCasePages.Audience.PROVIDER);
		}
		api.verify(id, verification, caller, locale);
		redirect.addFlashAttribute("noticeKey", "provider.objection.answered");
		return "redirect:/provider/objections/" + id;
	}

	/**
	 * The correction typed field by field and checked against the catalog, with what was typed and the changes on the
	 * model; null, with the errors on the model, when it cannot be made.
	 * @param required whether a correction must change a field (the centre's) or may leave all as published
	 */
	private Map<String, Object> edit(Objection objection, MultiValueMap<String, String> params, boolean required,
			Locale locale, Model model) {
		ObjectionCase found = cases.of(objection);
		Map<String, String> typed = typed(params, found);
		Map<String, Object> correction = changed(typed, found);
		model.addAttribute("typed", typed);
		if (correction.isEmpty() && !required) {
			return correction;
		}
		Map<String, String> errors = errors(found, correction, typed, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return null;
		}
		model.addAttribute("changes", changes(found, correction));
		return correction;
	}

	/** The values typed for the item's fields, the published value where nothing came for a field. */
	private static Map<String, String> typed(MultiValueMap<String, String> params, ObjectionCase found) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (ObjectionCase.Field field : found.fields()) {
			String value = params.getFirst(FIELD + field.field().name());
			typed.put(field.field().name(), value == null ? field.published() : value.strip());
		}
		return typed;
	}

	/** What differs from the record as published: the correction sent to the catalog's checks. */
	private static Map<String, Object> changed(Map<String, String> typed, ObjectionCase found) {
		Map<String, Object> changed = new LinkedHashMap<>();
		for (ObjectionCase.Field field : found.fields()) {
			String value = typed.get(field.field().name());
			if (!value.equals(field.published())) {
				changed.put(field.field().name(), value);
			}
		}
		return changed;
	}

	/** Per field, why the correction cannot be made; under {@code ""} what concerns it as a whole. */
	private Map<String, String> errors(ObjectionCase found, Map<String, Object> correction, Map<String, String> typed,
			Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		typed.forEach((name, value) -> {
			if (value.length() > MAX_VALUE) {
				errors.put(name, messages.getMessage("objection.correction.tooLong", new Object[] { MAX_VALUE }, locale));
			}
		});
		if (!errors.isEmpty()) {
			return errors;
		}
		if (correction.isEmpty()) {
			errors.put("", messages.getMessage("objection.correction.none", null, locale));
			return errors;
		}
		try {
			corrections.check(found.record(), correction, locale);
		}
		catch (InvalidCorrectionException ex) {
			for (Object error : (List<?>) ex.properties().get("errors")) {
				RecordError recordError = (RecordError) error;
				String field = recordError.field() == null ? "" : recordError.field().replaceFirst("^fields\\.", "");
				// the message names the field by its path (fields.amount); the page says its label instead
				String message = recordError.field() == null ? recordError.message()
						: recordError.message().replace(recordError.field(), label(found, field));
				errors.merge(typed.containsKey(field) ? field : "", message, (a, b) -> a + " " + b);
			}
		}
		return errors;
	}

	private static String label(ObjectionCase found, String field) {
		return found.fields().stream().filter(f -> f.field().name().equals(field)).findFirst()
			.map(f -> f.field().label()).orElse(field);
	}

	private static List<Change> changes(ObjectionCase found, Map<String, Object> correction) {
		return found.fields()
			.stream()
			.filter(field -> correction.containsKey(field.field().name()))
			.map(field -> new Change(field.field().label(), field.published(),
					String.valueOf(correction.get(field.field().name()))))
			.toList();
	}
}
