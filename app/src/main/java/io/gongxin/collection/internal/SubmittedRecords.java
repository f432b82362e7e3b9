package io.gongxin.collection.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck;
import io.gongxin.collection.RecordError;
import io.gongxin.collection.ValidRecord;
import io.gongxin.collection.internal.SubmissionAnswer.SubmissionResult;
import io.gongxin.platform.Meters;
import io.gongxin.record.RecordContent;
import io.gongxin.record.RecordRevokedException;
import io.gongxin.record.Records;
import io.gongxin.record.Stored;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One submitted record's outcome: a valid one stored with its subject and its log line in one transaction; a
 * refused one (or one whose source reference names a revoked record) logged with its error codes.
 */
@Component
class SubmittedRecords {

	private final Subjects subjects;

	private final Records records;

	private final CollectionLog log;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final Meters meters;

	SubmittedRecords(Subjects subjects, Records records, CollectionLog log, TransactionTemplate transactions,
			MessageSource messages, Meters meters) {
		this.subjects = subjects;
		this.records = records;
		this.log = log;
		this.transactions = transactions;
		this.messages = messages;
		this.meters = meters;
	}

	/** Who submits, and what the records are checked against. */
	record Sender(String provider, String username, RecordCheck.Context context) {
	}

	SubmissionResult store(int index, RawRecord raw, ValidRecord valid, Sender sender) {
		try {
			return transactions.execute(status -> {
				Subject subject = subjects.register(valid.subject(), valid.subjectName());
				Stored stored = records.store(sender.provider(), valid.sourceRef(),
						new RecordContent(subject.key(), valid.item().code(), sender.context().catalog().version(),
								valid.occurredOn(), valid.endedOn(), valid.fields(), valid.late()),
						sender.username());
				log.write(new CollectionLog.Entry(sender.provider(), sender.username(), "API", null, valid.item().code(),
						valid.sourceRef(), subject.key().value(), stored.recordId(), stored.outcome().name(), valid.late(),
						null));
				meters.recordsAccepted(sender.provider(), valid.item().code(), "API", 1);
				return new SubmissionResult(index, valid.sourceRef(), stored.outcome().name(), stored.recordId(), null);
			});
		}
		catch (RecordRevokedException ex) {
			RecordErrors errors = new RecordErrors(messages, sender.context().locale());
			errors.add("sourceRef", "RECORD_REVOKED");
			return reject(index, raw, errors.list(), sender);
		}
	}

	SubmissionResult reject(int index, RawRecord raw, List<RecordError> errors, Sender sender) {
		String codes = errors.stream().map(e -> e.field() + ":" + e.code()).collect(Collectors.joining(","));
		String item = CommonParts.text(raw.item());
		String sourceRef = CommonParts.text(raw.sourceRef());
		transactions.executeWithoutResult(status -> {
			log.write(new CollectionLog.Entry(sender.provider(), sender.username(), "API", null, item, sourceRef, null,
					null, "REJECTED", null, codes));
			// the item is the caller's text: a tag only when the catalog knows it (bounded)
			meters.recordsRejected(sender.provider(),
					item != null && sender.context().catalog().item(item).isPresent() ? item : null, "API", 1);
		});
		return new SubmissionResult(index, sourceRef, SubmissionResult.REJECTED, null, errors);
	}
}
