package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.ProviderPermissions;
import io.gongxin.collection.RecordError;
import io.gongxin.collection.internal.SubmissionAnswer.SubmissionResult;
import io.gongxin.record.RecordContent;
import io.gongxin.record.RecordRevokedException;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits records one by one (the API channel): each valid record is stored with its subject and its
 * log line in one transaction, so a good record is kept whatever happens to its neighbours.
 */
@Component
class Submissions {

	private final RecordValidation validation;

	private final Catalogs catalogs;

	private final ProviderPermissions permissions;

	private final Subjects subjects;

	private final Records records;

	private final CollectionLog log;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final io.gongxin.platform.Meters meters;

	Submissions(RecordValidation validation, Catalogs catalogs, ProviderPermissions permissions, Subjects subjects,
			Records records, CollectionLog log, TransactionTemplate transactions, MessageSource messages,
			java.time.Clock clock, io.gongxin.platform.Meters meters) {
		this.meters = meters;
		this.validation = validation;
		this.catalogs = catalogs;
		this.permissions = permissions;
		this.subjects = subjects;
		this.records = records;
		this.log = log;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
	}

	SubmissionAnswer submit(String provider, String username, List<?> elements, Locale locale) {
		RecordValidation.Context context = new RecordValidation.Context(catalogs.published(),
				permissions.items(provider), LocalDate.now(clock), locale);
		List<SubmissionResult> results = new ArrayList<>();
		for (int index = 0; index < elements.size(); index++) {
			RawRecord raw = RawRecord.fromJson(elements.get(index));
			results.add(submitOne(index, raw, context, provider, username));
		}
		return SubmissionAnswer.of(results);
	}

	private SubmissionResult submitOne(int index, RawRecord raw, RecordValidation.Context context, String provider,
			String username) {
		RecordValidation.Checked checked = validation.check(raw, context);
		String sourceRef = RecordValidation.text(raw.sourceRef());
		if (!checked.valid()) {
			return reject(index, raw, sourceRef, checked.errors(), provider, username, context);
		}
		ValidRecord valid = checked.record();
		try {
			return transactions.execute(status -> {
				Subject subject = subjects.register(valid.subject(), valid.subjectName());
				Records.Stored stored = records.store(provider, valid.sourceRef(),
						new RecordContent(subject.key(), valid.item().code(), context.catalog().version(),
								valid.occurredOn(), valid.endedOn(), valid.fields(), valid.late()),
						username);
				log.write(new CollectionLog.Entry(provider, username, "API", null, valid.item().code(), valid.sourceRef(),
						subject.key().value(), stored.recordId(), stored.outcome().name(), valid.late(), null));
				meters.recordsAccepted(provider, valid.item().code(), "API", 1);
				return new SubmissionResult(index, valid.sourceRef(), stored.outcome().name(), stored.recordId(), null);
			});
		}
		catch (RecordRevokedException ex) {
			RecordError error = new RecordError("sourceRef", "RECORD_REVOKED", messages
				.getMessage("record.error.RECORD_REVOKED", new Object[] { ColumnLabels.of("sourceRef", null, messages, context.locale()) },
					context.locale()));
			return reject(index, raw, sourceRef, List.of(error), provider, username, context);
		}
	}

	private SubmissionResult reject(int index, RawRecord raw, String sourceRef, List<RecordError> errors, String provider,
			String username, RecordValidation.Context context) {
		String codes = errors.stream().map(e -> e.field() + ":" + e.code()).collect(Collectors.joining(","));
		String item = RecordValidation.text(raw.item());
		transactions.executeWithoutResult(status -> {
			log.write(new CollectionLog.Entry(provider, username, "API", null, item, sourceRef, null, null, "REJECTED",
					null, codes));
			// the item is the caller's text: a tag only when the catalog knows it (bounded)
			meters.recordsRejected(provider, item != null && context.catalog().item(item).isPresent() ? item : null,
					"API", 1);
		});
		return new SubmissionResult(index, sourceRef, SubmissionResult.REJECTED, null, errors);
	}
}
