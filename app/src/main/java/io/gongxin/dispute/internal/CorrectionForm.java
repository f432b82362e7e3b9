package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * A correction typed on an objection's page field by field, checked against the catalog like a submission
 * ({@link CorrectionErrors}); what was typed and the changes go on the page's model.
 */
@Component
class CorrectionForm {

	static final int MAX_VALUE = 2000;

	private final ObjectionCases cases;

	private final CorrectionErrors errors;

	CorrectionForm(ObjectionCases cases, CorrectionErrors errors) {
		this.cases = cases;
		this.errors = errors;
	}

	/**
	 * The correction typed field by field and checked against the catalog, with what was typed and the changes on the
	 * model; null, with the errors on the model, when it cannot be made.
	 * @param required whether a correction must change a field (the centre's) or may leave all as published
	 */
	Map<String, Object> edit(Objection objection, MultiValueMap<String, String> params, boolean required, Locale locale,
			Model model) {
		ObjectionCase found = cases.of(objection);
		TypedCorrection typed = TypedCorrection.of(params, found);
		Map<String, Object> correction = typed.correction();
		model.addAttribute("typed", typed.typed());
		if (correction.isEmpty() && !required) {
			return correction;
		}
		Map<String, String> wrong = errors.of(found, correction, typed.typed(), locale);
		if (!wrong.isEmpty()) {
			model.addAttribute("errors", wrong);
			return null;
		}
		model.addAttribute("changes", typed.changes(found));
		return correction;
	}
}
