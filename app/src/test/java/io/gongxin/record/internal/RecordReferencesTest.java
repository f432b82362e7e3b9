package io.gongxin.record.internal;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 point 1 (V183): a record's provider and catalog version are checked once per insert statement instead
 * of by a foreign key row by row; the rule is the same: a record names an organisation and a catalog version that
 * exist, and neither can be deleted or renamed while a record names it.
 */
@GongxinTest
class RecordReferencesTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private long subject;

	private String version;

	@BeforeEach
	void known() {
		subject = jdbc.sql("select subject_key from subjects order by subject_key limit 1").query(Long.class).single();
		version = jdbc.sql("select version from catalog_versions order by version limit 1").query(String.class).single();
	}

	/** Inserts two records in one statement (rolled back); {@code provider} and {@code catalog} for the second. */
	private int insert(String provider, String catalog) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return jdbc.sql("""
					insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
					                     fields, submitted_at, updated_at, updated_by)
					values (?, nextval('record_id_seq'), 'ADMIN_PENALTY', ?, 'TAX', 'ref-a', date '2025-01-01', '{}', now(), now(), 't'),
					       (?, nextval('record_id_seq'), 'ADMIN_PENALTY', ?, ?, 'ref-b', date '2025-01-01', '{}', now(), now(), 't')""")
				.params(subject, version, subject, catalog, provider)
				.update();
		});
	}

	@Test
	@DisplayName("records naming an existing organisation and catalog version are stored")
	void knownReferencesAreStored() {
		assertThat(insert("TAX", version)).isEqualTo(2);
	}

	@Test
	@DisplayName("a statement with one record naming an unknown organisation or catalog version stores none")
	void unknownReferencesAreRefused() {
		assertThatThrownBy(() -> insert("NO_SUCH_ORG", version)).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert("TAX", "no-such-version")).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	@DisplayName("an update moving a record to an unknown organisation or catalog version is refused")
	void updatesAreChecked() {
		long id = storedRecord();
		assertThatThrownBy(() -> jdbc.sql("update records set provider = 'NO_SUCH_ORG' where record_id = ?").param(id)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("update records set catalog_version = 'nope' where record_id = ?").param(id)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	@DisplayName("an organisation or catalog version that records name can be neither deleted nor renamed")
	void referencedRowsAreKept() {
		long id = storedRecord();
		String provider = jdbc.sql("select provider from records where record_id = ?").param(id).query(String.class).single();
		String catalog = jdbc.sql("select catalog_version from records where record_id = ?").param(id)
			.query(String.class)
			.single();
		assertThatThrownBy(() -> jdbc.sql("delete from organisations where code = ?").param(provider).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("update organisations set code = 'RENAMED' where code = ?").param(provider)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from catalog_versions where version = ?").param(catalog).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("update catalog_versions set version = 'renamed' where version = ?")
			.param(catalog)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private long storedRecord() {
		return transactions.execute(status -> {
			long id = jdbc.sql("select nextval('record_id_seq')").query(Long.class).single();
			jdbc.sql("""
					insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
					                     fields, submitted_at, updated_at, updated_by)
					values (?, ?, 'ADMIN_PENALTY', ?, 'TAX', ?, date '2025-01-01', '{}', now(), now(), 't')""")
				.params(subject, id, version, "refs-" + id)
				.update();
			return id;
		});
	}
}
