package io.gongxin.collection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck;
import io.gongxin.collection.internal.SubmissionAnswer.SubmissionResult;

import org.springframework.stereotype.Component;

/**
 * Submits records one by one (the API channel): each is checked, then stored or refused on its own
 * ({@link SubmittedRecords}), so a good record is kept whatever happens to its neighbours.
 */
@Component
class Submissions {

	private final RecordValidation validation;

	private final ValidationContexts contexts;

	private final SubmittedRecords submitted;

	Submissions(RecordValidation validation, ValidationContexts contexts, SubmittedRecords submitted) {
		this.validation = validation;
		this.contexts = contexts;
		this.submitted = submitted;
	}

	SubmissionAnswer submit(String provider, String username, List<?> elements, Locale locale) {
		RecordCheck.Context context = contexts.of(provider, locale);
		SubmittedRecords.Sender sender = new SubmittedRecords.Sender(provider, username, context);
		List<SubmissionResult> results = new ArrayList<>();
		for (int index = 0; index < elements.size(); index++) {
			RawRecord raw = RawRecord.fromJson(elements.get(index));
			RecordCheck.Checked checked = validation.check(raw, context);
			results.add(checked.valid() ? submitted.store(index, raw, checked.record(), sender)
					: submitted.reject(index, raw, checked.errors(), sender));
		}
		return SubmissionAnswer.of(results);
	}
}
