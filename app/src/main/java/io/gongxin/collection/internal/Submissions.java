package io.gongxin.collection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck;
import io.gongxin.collection.ValidRecord;
import io.gongxin.collection.internal.SubmissionAnswer.SubmissionResult;
import io.gongxin.record.RecordRevokedException;

import org.springframework.stereotype.Component;

/**
 * Submits records one by one (the API channel): each is checked, then stored or refused on its own
 * ({@link SubmittedRecords}, {@link RejectedRecords}), so a good record is kept whatever happens to its neighbours.
 */
@Component
class Submissions {

	private final RecordValidation validation;

	private final ValidationContexts contexts;

	private final SubmittedRecords submitted;

	private final RejectedRecords rejected;

	Submissions(RecordValidation validation, ValidationContexts contexts, SubmittedRecords submitted,
			RejectedRecords rejected) {
		this.validation = validation;
		this.contexts = contexts;
		this.submitted = submitted;
		this.rejected = rejected;
	}

	SubmissionAnswer submit(String provider, String username, List<?> elements, Locale locale) {
		RecordCheck.Context context = contexts.of(provider, locale);
		Submitter submitter = new Submitter(provider, username, context);
		List<SubmissionResult> results = new ArrayList<>();
		for (int index = 0; index < elements.size(); index++) {
			RawRecord raw = RawRecord.fromJson(elements.get(index));
			RecordCheck.Checked checked = validation.check(raw, context);
			results.add(checked.valid() ? stored(index, raw, checked.record(), submitter)
					: rejected.reject(index, raw, checked.errors(), submitter));
		}
		return SubmissionAnswer.of(results);
	}

	/** Stored; refused when its source reference names a revoked record. */
	private SubmissionResult stored(int index, RawRecord raw, ValidRecord valid, Submitter submitter) {
		try {
			return submitted.store(index, valid, submitter);
		}
		catch (RecordRevokedException ex) {
			return rejected.revoked(index, raw, submitter);
		}
	}
}
