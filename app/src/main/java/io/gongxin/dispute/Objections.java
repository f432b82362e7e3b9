package io.gongxin.dispute;

import java.time.LocalDate;
import java.util.Map;

import io.gongxin.subject.SubjectKey;

/** What queries need to know of objections. */
public interface Objections {

	/** The marks on the subject's records, by record id: open or disagreed objections only. */
	Map<Long, ObjectionMark> marks(SubjectKey subject, LocalDate today);

	/**
	 * The subject's records withdrawn because their provider upheld an objection without a correction (R-29b),
	 * by record id, with the provider's explanation: they leave every view but the subject's own.
	 */
	Map<Long, String> withdrawals(SubjectKey subject);

	/** The {@link #marks} and the {@link #withdrawals} in one read (one round trip for a profile). */
	RecordObjections onRecords(SubjectKey subject, LocalDate today);
}
