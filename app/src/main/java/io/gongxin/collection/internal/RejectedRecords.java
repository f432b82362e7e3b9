package io.gongxin.collection.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordError;
import io.gongxin.collection.internal.SubmissionAnswer.SubmissionResult;
import io.gongxin.platform.Meters;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A refused submitted record (or one whose source reference names a revoked record), logged with its error codes. */
@Component
class RejectedRecords {

	private final CollectionLog log;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final Meters meters;

	RejectedRecords(CollectionLog log, TransactionTemplate transactions, MessageSource messages, Meters meters) {
		this.log = log;
		this.transactions = transactions;
		this.messages = messages;
		this.meters = meters;
	}

	SubmissionResult revoked(int index, RawRecord raw, Submitter submitter) {
		RecordErrors errors = new RecordErrors(messages, submitter.context().locale());
		errors.add("sourceRef", "RECORD_REVOKED");
		return reject(index, raw, errors.list(), submitter);
	}

	SubmissionResult reject(int index, RawRecord raw, List<RecordError> errors, Submitter submitter) {
		String codes = errors.stream().map(e -> e.field() + ":" + e.code()).collect(Collectors.joining(","));
		String item = CommonParts.text(raw.item());
		String sourceRef = CommonParts.text(raw.sourceRef());
		transactions.executeWithoutResult(status -> {
			log.write(new CollectionLog.Entry(submitter.provider(), submitter.username(), "API", null, item, sourceRef,
					null, null, "REJECTED", null, codes));
			// the item is the caller's text: a tag only when the catalog knows it (bounded)
			meters.recordsRejected(submitter.provider(),
					item != null && submitter.context().catalog().item(item).isPresent() ? item : null, "API", 1);
		});
		return new SubmissionResult(index, sourceRef, SubmissionResult.REJECTED, null, errors);
	}
}
