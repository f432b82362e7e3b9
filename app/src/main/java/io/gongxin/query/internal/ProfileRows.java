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
 * platform knows, R-05), its records on file, the objections marking or withdrawing them and, for a caller of an
 * organisation, the subject's grants to it ({@link ProfileGrants}). Each module reads its own
 * tables' columns ({@link JoinedSubjects}, {@link JoinedRecords}, {@link JoinedObjections}); this class only joins them.
 */
@Repository
class ProfileRows {

	static final String SQL = sql("");

	/** {@link #SQL} with the subject's valid grants to the caller's organisation ({@link ProfileGrants}). */
	static final String WITH_GRANTS = sql(ProfileGrants.LATERAL);

	private static String sql(String grants) {
		return "select " + JoinedSubjects.COLUMNS + (grants.isEmpty() ? "" : ", g.grants") + ", " + JoinedRecords.COLUMNS
				+ ", " + JoinedObjections.COLUMNS + " from " + JoinedSubjects.FROM + " " + grants + " "
				+ JoinedRecords.leftJoin(JoinedSubjects.KEY) + " "
				+ JoinedObjections.leftJoin(JoinedSubjects.KEY, JoinedRecords.ID) + " where " + JoinedSubjects.WHERE
				+ " order by " + JoinedSubjects.ORDER + ", " + JoinedRecords.ORDER + ", " + JoinedObjections.ORDER;
	}

	private final JdbcClient jdbc;

	private final JoinedSubjects subjects;

	private final JoinedRecords records;

	private final JoinedObjections objections;

	private final ProfileGrants grants;

	ProfileRows(JdbcClient jdbc, JoinedSubjects subjects, JoinedRecords records, JoinedObjections objections,
			ProfileGrants grants) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.records = records;
		this.objections = objections;
		this.grants = grants;
	}

	/**
	 * The subject the first known reading names, with its records and their objections, and its grants to
	 * {@code grantee} that hold today ({@link Audiences#grantee}; none read when null); empty when no subject is known.
	 */
	Optional<SubjectOnFile> read(List<SubjectIdentifier> readings, String grantee, LocalDate today) {
		String[] lookups = subjects.lookups(readings);
		var statement = grantee == null ? jdbc.sql(SQL).params(lookups, lookups)
				: jdbc.sql(WITH_GRANTS).params(grantee, today, lookups, lookups);
		return statement.query((ResultSet rs) -> first(rs, grantee != null, today));
	}

	private Optional<SubjectOnFile> first(ResultSet rs, boolean granted, LocalDate today) throws SQLException {
		return rs.next() ? Optional.of(rows(rs, granted, today)) : Optional.empty();
	}

	/** The rows of the first subject (the first reading's), from the current row on. */
	private SubjectOnFile rows(ResultSet rs, boolean granted, LocalDate today) throws SQLException {
		Subject subject = subjects.read(rs);
		List<Authorization> valid = granted ? grants.read(subject.key(), rs.getString("grants")) : null;
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
		return new SubjectOnFile(subject, onFile, new RecordObjections(marks, withdrawals), valid);
	}
}
