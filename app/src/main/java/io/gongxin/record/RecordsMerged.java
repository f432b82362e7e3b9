package io.gongxin.record;

import java.time.Instant;
import java.util.List;

/**
 * A batch chunk merged records into the store with its own set-based SQL, in one transaction: one event per chunk
 * (not one per record, which would put ten thousand publications in the registry for each chunk), published in
 * that transaction through the event publication registry. The records' other changes publish
 * {@link RecordChanged}.
 *
 * @param created the records the chunk created
 * @param corrected the records the chunk corrected by resubmission
 * @param at when, on the platform's clock
 */
public record RecordsMerged(List<Long> created, List<Long> corrected, Instant at) {

	public RecordsMerged {
		created = List.copyOf(created);
		corrected = List.copyOf(corrected);
	}
}
