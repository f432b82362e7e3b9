package io.gongxin.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.gongxin.subject.JoinedSubjects;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;

import org.springframework.stereotype.Component;

/** {@link JoinedSubjects}: the lookups by the same blind index as {@link SubjectLookups}, the row as {@link SubjectRows}. */
@Component
class SubjectJoin implements JoinedSubjects {

	private final BlindIndex index;

	SubjectJoin(BlindIndex index) {
		this.index = index;
	}

	@Override
	public String[] lookups(List<SubjectIdentifier> readings) {
		return readings.stream().map(index::lookup).toArray(String[]::new);
	}

	@Override
	public Subject read(ResultSet rs) throws SQLException {
		return SubjectRows.subject(rs, "s_");
	}
}
