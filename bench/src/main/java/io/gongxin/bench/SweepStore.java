package io.gongxin.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The sweep benchmark's store, loaded set-based inside PostgreSQL so that 10,000,000 records take minutes: N / 10
 * synthetic organisations (valid codes, streamed through COPY), N records (10 each, in key order), N objections and
 * N query-log entries over the last four months, each {@code insert ... select} from {@code generate_series} with the
 * tables' secondary indexes and foreign keys set aside and built again after ({@link SetAside}).
 *
 * <p>The shares due are those of a store swept every hour: 1 % of the records are penalties of eight years ago (past
 * their five years), the others happened in the last 1,400 days (none due); 0.1 % of the objections are forwarded
 * and past the provider's deadline, 1 % forwarded and waiting, the rest closed; all log entries but the last 500
 * sealed. Dates are relative to today, so the shares hold on any day.
 */
final class SweepStore {

	static final int PER_SUBJECT = 10;

	private SweepStore() {
	}

	static void load(DataSource db, int n) throws Exception {
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			long started = System.nanoTime();
			SetAside aside = SetAside.drop(c, "subject_lookup", "records", "objections", "query_log", "query_log_chain");
			System.out.println("set aside for the load: " + aside);
			long first = subjects(c, n / PER_SUBJECT);
			step("subjects", started);
			records(s, first);
			step("records", started);
			objections(s, n);
			step("objections", started);
			log(s, n);
			step("query log", started);
			aside.restore(c);
			step("indexes and foreign keys", started);
			s.execute("vacuum analyze subjects, subject_lookup, records, objections, query_log, query_log_chain");
			step("vacuum analyze", started);
		}
	}

	/** N organisations from the synthetic generator (one seed, no code twice), keys after the demo's. */
	private static long subjects(Connection c, int count) throws Exception {
		try (Statement s = c.createStatement()) {
			s.execute("create temporary table bench_organisations (uscc text, name text)");
			CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_organisations from stdin");
			SyntheticSubjects generator = new SyntheticSubjects(7);
			StringBuilder rows = new StringBuilder();
			// a few more than needed: the rare code drawn twice is dropped below
			for (int i = 0; i < count + count / 100 + 100; i++) {
				SyntheticOrganisation o = generator.organisation();
				rows.append(o.code().value()).append('\t').append(o.name()).append('\n');
				if (rows.length() > 1 << 16) {
					write(in, rows);
				}
			}
			write(in, rows);
			in.endCopy();
			long first;
			try (ResultSet rs = s.executeQuery("select nextval('subject_key_seq') + 1")) {
				rs.next();
				first = rs.getLong(1);
			}
			s.execute(String.format(Locale.ROOT, """
					insert into subjects (subject_key, type, name, uscc)
					select %d + row_number() over () - 1, 'LEGAL_PERSON', name, uscc
					  from (select distinct on (uscc) uscc, name from bench_organisations order by uscc) o
					 limit %d""", first, count));
			s.execute("insert into subject_lookup (lookup, subject_key) select 'U:' || uscc, subject_key from subjects"
					+ " where subject_key >= " + first);
			s.execute("select setval('subject_key_seq', " + (first + count) + ")");
			s.execute("drop table bench_organisations");
			return first;
		}
	}

	private static void write(CopyIn in, StringBuilder rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		in.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}

	/**
	 * Ten records per subject in key order (subject, then record id), the penalties and tax arrears of the old
	 * loader; record i is due when i is a multiple of 100 (a penalty of eight years ago).
	 */
	private static void records(Statement s, long first) throws SQLException {
		long firstRecord;
		try (ResultSet rs = s.executeQuery("select nextval('record_id_seq')")) {
			rs.next();
			firstRecord = rs.getLong(1);
		}
		// subjects were written in key order, so the scan below is in key order and the keys are appended
		s.execute(String.format(Locale.ROOT, """
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
				                     fields, late, version, submitted_at, updated_at, updated_by)
				select o.subject_key, %d + i, case when i %% 2 = 0 then 'ADMIN_PENALTY' else 'TAX_ARREARS' end,
				       (select version from catalog_versions where status = 'PUBLISHED'), 'TAX', 'bench-' || i, d.day,
				       jsonb_build_object('decisionNumber', '沪税罚〔2024〕' || i || '号', 'penaltyType', '罚款',
				                          'decidedOn', d.day::text, 'authority', '市税务局', 'amount', (i %% 100) + 0.5),
				       false, 1, now(), now(), 'bench'
				  from (select subject_key, subject_key - %d as o from subjects where subject_key >= %d) o
				 cross join lateral generate_series(o.o * %d, o.o * %d + %d) i
				 cross join lateral (select case when i %% 100 = 0 then (current_date - interval '8 years')::date
				                                 else current_date - 1400 + (i %% 1400)::int end as day) d""",
				firstRecord, first, first, PER_SUBJECT, PER_SUBJECT, PER_SUBJECT - 1));
		s.execute("select setval('record_id_seq', (select max(record_id) from records))");
	}

	/** N objections, one per record: 0.1 % forwarded and overdue, 1 % forwarded and waiting, the rest closed. */
	private static void objections(Statement s, int n) throws SQLException {
		s.execute(String.format(Locale.ROOT, """
				insert into objections (subject_key, record_id, provider, reason, statement, status, received_on,
				                        compare_by, correct_by, forwarded_on, verify_by, created_by, updated_at)
				select r.subject_key, r.record_id, r.provider, 'ERROR_OR_OMISSION', 'bench',
				       case when g %% 1000 = 0 or g %% 100 = 1 then 'FORWARDED' when g %% 2 = 0 then 'UPHELD' else 'REJECTED' end,
				       current_date - 60, current_date - 50, current_date - 45, current_date - 50,
				       case when g %% 1000 = 0 then current_date - 5 else current_date + 30 end, 'bench', now()
				  from (select subject_key, record_id, provider, row_number() over (order by subject_key, record_id) - 1 as g
				          from records order by subject_key, record_id limit %d) r""", n));
	}

	/** N entries over the last four months (about 116 days), all but the newest 500 sealed (links as the sealer writes them). */
	private static void log(Statement s, int n) throws SQLException {
		s.execute(String.format(Locale.ROOT, """
				insert into query_log (id, at, logged_at, query_id, subject_key, items, channel)
				select nextval('query_log_id_seq'), t, t, gen_random_uuid(), (select min(subject_key) from subjects), '{}', 'API'
				  from generate_series(1, %d) g, lateral (select now() - ((%d - g)::bigint * %d) * interval '1 microsecond' as t) x""",
				n, n, 10_000_000L * 1_000_000 / n));
		s.execute(String.format(Locale.ROOT, """
				insert into query_log_chain (seq, entry_id, entry_at, prev_hash, hash)
				select coalesce((select max(seq) from query_log_chain), 0) + row_number() over (order by id), id, at, '\\x00', '\\x00'
				  from query_log where id > (select coalesce(max(entry_id), 0) from query_log_chain)
				 order by id limit %d""", n - 500));
	}

	private static void step(String what, long started) {
		System.out.printf(Locale.ROOT, "  loaded %s: %.0f s since the start%n", what, (System.nanoTime() - started) / 1e9);
	}
}
