package io.gongxin.record.internal;

import java.time.Instant;

import io.gongxin.record.RecordChanged;
import io.gongxin.record.RecordChanged.Change;
import io.gongxin.record.RecordState;
import io.gongxin.subject.SubjectKey;

/** A record the expiry moved, as its event names it (R-27a). */
record Expired(long recordId, long subjectKey, String item, String provider) {

	RecordChanged changed(Instant at) {
		return new RecordChanged(recordId, new SubjectKey(subjectKey), item, provider, Change.EXPIRED,
				RecordState.EXPIRED, at);
	}
}
