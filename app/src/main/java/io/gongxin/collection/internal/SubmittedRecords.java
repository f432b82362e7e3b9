package io.gongxin.collection.internal;

import io.gongxin.collection.ValidRecord;
import io.gongxin.collection.internal.SubmissionAnswer.SubmissionResult;
import io.gongxin.platform.Meters;
import io.gongxin.record.RecordContent;
import io.gongxin.record.RecordRevokedException;
import io.gongxin.record.Records;
import io.gongxin.record.Stored;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A valid submitted record stored with its subject and its log line in one transaction. */
@Component
class SubmittedRecords {

	private final Subjects subjects;

	private final Records records;

	private final CollectionLog log;

	private final TransactionTemplate transactions;

	private final Meters meters;

	SubmittedRecords(Subjects subjects, Records records, CollectionLog log, TransactionTemplate transactions,
			Meters meters) {
		this.subjects = subjects;
		this.records = records;
		this.log = log;
		this.transactions = transactions;
		this.meters = meters;
	}

	/** @throws RecordRevokedException when the source reference names a revoked record */
	SubmissionResult store(int index, ValidRecord valid, Submitter submitter) {
		return transactions.execute(status -> {
			Subject subject = subjects.register(valid.subject(), valid.subjectName());
			Stored stored = records.store(submitter.provider(), valid.sourceRef(),
					new RecordContent(subject.key(), valid.item().code(), submitter.context().catalog().version(),
							valid.occurredOn(), valid.endedOn(), valid.fields(), valid.late()),
					submitter.username());
			log.write(new CollectionLog.Entry(submitter.provider(), submitter.username(), "API", null, valid.item().code(),
					valid.sourceRef(), subject.key().value(), stored.recordId(), stored.outcome().name(), valid.late(),
					null));
			meters.recordsAccepted(submitter.provider(), valid.item().code(), "API", 1);
			return new SubmissionResult(index, valid.sourceRef(), stored.outcome().name(), stored.recordId(), null);
		});
	}
}
