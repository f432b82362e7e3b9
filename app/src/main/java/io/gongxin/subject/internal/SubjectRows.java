package io.gongxin.subject.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.UnifiedSocialCreditCode;

/** A row of {@code subjects}, written and read: an organisation's code whole, a person's number only masked. */
final class SubjectRows {

	static final String COLUMNS = "subject_key, type, name, uscc, legacy_code, id_masked";

	static final String INSERT_ORGANISATION = """
			insert into subjects (subject_key, type, name, uscc, legacy_code) values (?, 'LEGAL_PERSON', ?, ?, ?)""";

	static final String INSERT_PERSON = """
			insert into subjects (subject_key, type, name, id_ciphertext, id_masked)
			values (?, 'NATURAL_PERSON', ?, ?, ?)""";

	private SubjectRows() {
	}

	static Subject subject(ResultSet rs, int row) throws SQLException {
		return subject(rs, "");
	}

	/** The subject of a row whose column names carry a prefix ({@code s_} in {@link SubjectJoin}'s, "" here). */
	static Subject subject(ResultSet rs, String prefix) throws SQLException {
		SubjectType type = SubjectType.valueOf(rs.getString(prefix + "type"));
		String display = type == SubjectType.LEGAL_PERSON ? rs.getString(prefix + "uscc") : rs.getString(prefix + "id_masked");
		// id_masked is the display mask itself (first four, last four): nothing more of the number is kept in clear
		return new Subject(new SubjectKey(rs.getLong(prefix + "subject_key")), type,
				rs.getString(prefix + "name"), display, rs.getBoolean(prefix + "legacy_code"));
	}

	/** The values of an insert: an organisation's code whole, a person's number encrypted and only its mask in clear. */
	static Object[] values(SubjectKey key, SubjectIdentifier identifier, String name, IdentifierVault vault) {
		if (identifier instanceof UnifiedSocialCreditCode code) {
			return new Object[] { key.value(), name, code.value(), code.legacy() };
		}
		ResidentIdNumber person = (ResidentIdNumber) identifier;
		return new Object[] { key.value(), name, vault.encrypt(person, key), person.masked() };
	}

	/** A name as kept: stripped, none when blank. */
	static String clean(String name) {
		return name == null || name.isBlank() ? null : name.strip();
	}
}
