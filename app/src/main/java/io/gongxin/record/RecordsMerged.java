package io.gongxin.record;

import java.time.Instant;
import java.util.List;

/**
 * A batch chunk merged records into the store with its own set-based SQL, in one transaction: one event per chunk
 * (not one per record, which would put ten thousand publications in the registry for each chunk), published in
 * that transaction through the event publication registry. It carries what a listener needs to count the created
 * records without reading them back (their provider, arrival and lateness). The records' other changes publish
 * {@link RecordChanged}.
 *
 * @param provider whose records they are; {@code null} in a publication written before issue 16, which named only
 * the ids (a listener then reads the records)
 * @param created the records the chunk created
 * @param late those of {@code created} that came late (R-09b)
 * @param corrected the records the chunk corrected by resubmission
 * @param at when, on the platform's clock: the created records' submission time
 */
public record RecordsMerged(String provider, List<Long> created, List<Long> late, List<Long> corrected, Instant at) {

	public RecordsMerged {
		created = created == null ? List.of() : List.copyOf(created);
		late = late == null ? List.of() : List.copyOf(late);
		corrected = corrected == null ? List.of() : List.copyOf(corrected);
	}
}
