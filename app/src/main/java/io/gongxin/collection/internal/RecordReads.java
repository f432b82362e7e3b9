package io.gongxin.collection.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * a provider (or the centre) reading records back is a read of subject data too, so it is on the query
 * log, one entry per subject and read, written in one batch in the reader's transaction (fail-closed like every
 * read).
 */
@Component
class RecordReads {

	static final String CHANNEL = "RECORD_READ";

	private final QueryLog log;

	private final Clock clock;

	RecordReads(QueryLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	List<CreditRecord> logged(Caller caller, List<CreditRecord> read) {
		Map<SubjectKey, List<String>> items = new LinkedHashMap<>();
		for (CreditRecord record : read) {
			List<String> of = items.computeIfAbsent(record.subject(), k -> new java.util.ArrayList<>());
			if (!of.contains(record.item())) {
				of.add(record.item());
			}
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		UUID queryId = UUID.randomUUID();
		log.recordAll(items.entrySet().stream()
			.map(e -> new QueryLogEntry(queryId, now, caller.username(), caller.organisation(), caller.role().name(),
					e.getKey(), e.getValue(), null, "核对本单位报送的记录 / own submissions", null, CHANNEL))
			.toList());
		return read;
	}
}
