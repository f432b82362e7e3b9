package io.gongxin.dispute;

import java.time.LocalDate;

/**
 * What an objection's step was, as its parties are told it (issue 15: the notices listen to
 * {@link ObjectionDecided}). Nothing in it names the person beyond what the notice says.
 *
 * @param name {@code RECEIVED}, {@code FORWARDED}, {@code CORRECTED}, {@code UPHELD}, {@code REJECTED},
 *        {@code DISAGREED}, {@code REVIEWED}, {@code EVIDENCE}, {@code SUSPENDED}; {@code RECOUNTED} (new deadlines)
 *        and {@code ENTERED} (the demo's past objections) are told to no one
 * @param ref what tells the steps apart when an objection may take this one more than once (the evidence's id)
 * @param note what the step says: the provider's explanation, the centre's conclusion, the evidence's file name
 * @param dueBy the deadline the step sets (compare by when received, verify by when forwarded), else null
 * @param provisional whether {@code dueBy} rests on a provisional calendar (R-WD)
 * @param atCounter filed by the centre at its counter with the person's consent
 * @param recordCorrected upheld by the provider with a correction (without one, the record is withdrawn)
 * @param recordResumed the record was suspended for a late answer (R-30b) and is shown again
 */
public record ObjectionStep(String name, String ref, String note, LocalDate dueBy, boolean provisional,
		boolean atCounter, boolean recordCorrected, boolean recordResumed) {

	/** A step with nothing more to say than its name. */
	public static ObjectionStep named(String name) {
		return new ObjectionStep(name, null, null, null, false, false, false, false);
	}

	public ObjectionStep noting(String text) {
		return new ObjectionStep(name, ref, text, dueBy, provisional, atCounter, recordCorrected, recordResumed);
	}

	public ObjectionStep due(LocalDate date, boolean onProvisional) {
		return new ObjectionStep(name, ref, note, date, onProvisional, atCounter, recordCorrected, recordResumed);
	}

	public ObjectionStep ref(String value) {
		return new ObjectionStep(name, value, note, dueBy, provisional, atCounter, recordCorrected, recordResumed);
	}

	public ObjectionStep atCounter(boolean value) {
		return new ObjectionStep(name, ref, note, dueBy, provisional, value, recordCorrected, recordResumed);
	}

	public ObjectionStep answered(boolean corrected, boolean resumed) {
		return new ObjectionStep(name, ref, note, dueBy, provisional, atCounter, corrected, resumed);
	}

	/** Once per objection, step and (for a step taken more than once) its ref: how a listener knows a repeat. */
	public String key() {
		return ref == null ? name : name + ":" + ref;
	}
}
