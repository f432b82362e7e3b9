package io.gongxin.dispute.internal;

import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;

/** a record an objection may be filed on. */
@Component
class ObjectableRecords {

	private final Records records;

	private final ObjectionListsJdbc objections;

	ObjectableRecords(Records records, ObjectionListsJdbc objections) {
		this.records = records;
		this.objections = objections;
	}

	/** One of the subject's own records, shown now, with no objection open on it. */
	CreditRecord objectedTo(Filing filing) {
		long recordId = filing.recordId();
		CreditRecord record = records.find(recordId)
			.filter(r -> r.subject().equals(filing.subject().key()))
			.filter(r -> r.state() == RecordState.ACTIVE || r.state() == RecordState.REPAIRED)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_RECORD",
					Map.of("recordId", recordId), String.valueOf(recordId)));
		if (objections.openOn(recordId)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "OBJECTION_OPEN", Map.of("recordId", recordId));
		}
		return record;
	}
}
