package io.gongxin.dispute;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Where an objection stands against its deadline, for the centre's figures: statistics read it when an
 * {@link ObjectionDecided} arrives and keep it in their own projection.
 */
public interface ObjectionProgress {

	Optional<Progress> of(long objectionId);

	/**
	 * @param status the {@code Objection} status name
	 * @param dueOn the deadline that applies now: the provider's verification once forwarded, else the centre's
	 * comparison or correction, whichever is later
	 * @param steppedAt when it last took a step
	 * @param reviewed whether the centre reviewed a disagreement
	 */
	record Progress(long objectionId, LocalDate receivedOn, String status, LocalDate dueOn, OffsetDateTime steppedAt,
			boolean reviewed) {
	}
}
