package io.gongxin.dispute.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.collection.CorrectionCheck;
import io.gongxin.collection.InvalidCorrectionException;
import io.gongxin.collection.RecordError;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a correction typed on a page cannot be made, per field, in words the page can show beside the field. */
@Component
class CorrectionErrors {

	private final CorrectionCheck corrections;

	private final MessageSource messages;

	CorrectionErrors(CorrectionCheck corrections, MessageSource messages) {
		this.corrections = corrections;
		this.messages = messages;
	}

	/** Per field, why the correction cannot be made; under {@code ""} what concerns it as a whole. */
	Map<String, String> of(ObjectionCase found, Map<String, Object> correction, Map<String, String> typed,
			Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		typed.forEach((name, value) -> {
			if (value.length() > CorrectionForm.MAX_VALUE) {
				errors.put(name, messages.getMessage("objection.correction.tooLong",
						new Object[] { CorrectionForm.MAX_VALUE }, locale));
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
						: recordError.message().replace(recordError.field(), found.labelOf(field));
				errors.merge(typed.containsKey(field) ? field : "", message, (a, b) -> a + " " + b);
			}
		}
		return errors;
	}
}
