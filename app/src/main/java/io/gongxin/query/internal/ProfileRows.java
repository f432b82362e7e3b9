package io.gongxin.query.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.dispute.JoinedObjections;
import io.gongxin.dispute.ObjectionMark;
import io.gongxin.dispute.RecordObjections;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.JoinedRecords;
import io.gongxin.subject.JoinedSubjects;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A profile's data in one statement (issue 16): the subject an identifier names (under the first of its readings the
 * platform knows, R-05), its records on file and the objections marking or withdrawing them. Each module reads its own
 * tables' columns ({@link JoinedSubjects}, {@link JoinedRecords}, {@link JoinedObjections}); this class only joins them.
 */
@Repository
class ProfileRows {

	static final String SQL = "select " + JoinedSubjects.COLUMNS + ", " + JoinedRecords.COLUMNS + ", "
			+ JoinedObjections.COLUMNS + " from " + JoinedSubjects.FROM + " "
			+ JoinedRecords.leftJoin(JoinedSubjects.KEY) + " " + JoinedObjections.leftJoin(JoinedSubjects.KEY, JoinedRecords.ID)
			+ " where " + JoinedSubjects.WHERE + " order by " + JoinedSubjects.ORDER + ", " + JoinedRecords.ORDER + ", "
			+ JoinedObjections.ORDER;

	private final JdbcClient jdbc;

	private final JoinedSubjects subjects;

	private final JoinedRecords records;

	private final JoinedObjections objections;

	ProfileRows(JdbcClient jdbc, JoinedSubjects subjects, JoinedRecords records, JoinedObjections objections) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.records = records;
		this.objections = objections;
	}

	/** The subject the first known reading names, with its records and their objections; empty when none is known. */
	Optional<SubjectOnFile> read(List<SubjectIdentifier> readings, LocalDate today) {
		String[] lookups = subjects.lookups(readings);
		return jdbc.sql(SQL).params(lookups, lookups).query((ResultSet rs) -> first(rs, today));
	}

	private Optional<SubjectOnFile> first(ResultSet rs, LocalDate today) throws SQLException {
		return rs.next() ? Optional.of(rows(rs, today)) : Optional.empty();
	}

	/** The rows of the first subject (the first reading's), from the current row on. */
	private SubjectOnFile rows(ResultSet rs, LocalDate today) throws SQLException {
		Subject subject = subjects.read(rs);
		List<CreditRecord> onFile = new ArrayList<>();
		Map<Long, ObjectionMark> marks = new HashMap<>();
		Map<Long, String> withdrawals = new HashMap<>();
		do {
			if (rs.getLong("s_subject_key") != subject.key().value()) {
				break;
			}
			CreditRecord record = records.read(rs);
			if (record == null) {
				continue;
			}
			if (onFile.isEmpty() || onFile.get(onFile.size() - 1).id() != record.id()) {
				onFile.add(record);
			}
			objections.read(rs, record.id(), today, marks, withdrawals);
		}
		while (rs.next());
		return new SubjectOnFile(subject, onFile, new RecordObjections(marks, withdrawals));
	}
}
