package io.gongxin.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A subject found by its identifiers inside a statement another module composes, so that what belongs to it is read
 * in the same round trip (issue 16: one statement for a profile). The subject module keeps its tables, its lookup
 * (a person's number only as its blind index) and the reading of its columns; the composing module only joins to
 * {@link #key()}. Aliases {@code l} and {@code s} are taken.
 */
public interface JoinedSubjects {

	/** The tables, aliased {@code l} (lookups) and {@code s} (subjects). */
	String FROM = "subject_lookup l join subjects s on s.subject_key = l.subject_key";

	/** The condition on the lookups: one parameter, {@link #lookups}. */
	String WHERE = "l.lookup = any(?)";

	/** Orders the rows by the reading that found them, the first reading first: one parameter, {@link #lookups}. */
	String ORDER = "array_position(cast(? as text[]), l.lookup)";

	/** The subject's key, to join on. */
	String KEY = "s.subject_key";

	/** The subject's columns, named so that they clash with no other table's. */
	String COLUMNS = "s.subject_key as s_subject_key, s.type as s_type, s.name as s_name, s.uscc as s_uscc,"
			+ " s.legacy_code as s_legacy_code, s.id_masked as s_id_masked";

	/** The lookups of the readings, in their order, as the parameter of {@link #WHERE} and {@link #ORDER}. */
	String[] lookups(List<SubjectIdentifier> readings);

	/** The subject of the current row. */
	Subject read(ResultSet rs) throws SQLException;
}
