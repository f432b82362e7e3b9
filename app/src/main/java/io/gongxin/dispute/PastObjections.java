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
}
