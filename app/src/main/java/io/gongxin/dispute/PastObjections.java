package io.gongxin.dispute;

import java.time.LocalDate;

import io.gongxin.subject.SubjectKey;

/**
 * Enters an objection received, and perhaps forwarded, on earlier days, its deadlines counted from those days as
 * if it had been filed then: the demo city's objection at the turn of the year, whose deadlines fall in a year
 * with no holiday notice yet (R-WD).
 */
public interface PastObjections {

	/** @param forwardedOn the day the centre forwarded it to the provider, or null while the centre compares */
	long enter(SubjectKey subject, long recordId, String reason, String statement, LocalDate receivedOn,
			LocalDate forwardedOn, String by);

	/** Evidence (PDF, PNG or JPEG) the subject uploaded for the objection on that day. */
	void attach(long objection, String fileName, byte[] content, LocalDate on, String by);

	/**
	 * The provider did not uphold the forwarded objection on {@code answeredOn}, and the subject still disagreed on
	 * {@code disagreedOn}: the objection awaits the centre's review and the record keeps its mark (R-30a).
	 */
	void disagreed(long objection, String explanation, LocalDate answeredOn, LocalDate disagreedOn, String by);
}
