package io.gongxin.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The secondary indexes (not unique) and the foreign keys of some tables, dropped before a bulk load and built again
 * after it from their own definitions, as a bulk load into an empty store would do it (bench only: the application
 * never drops an index). Unique and primary keys stay: the loads write them in key order, at the right edge.
 */
final class SetAside {

	private record Definition(String table, String name, String sql, boolean index) {
	}

	private final List<Definition> definitions;

	private SetAside(List<Definition> definitions) {
		this.definitions = definitions;
	}

	/** Drops the tables' secondary indexes (a partitioned table's with its partitions') and foreign keys. */
	static SetAside drop(Connection c, String... tables) throws SQLException {
		List<Definition> found = new ArrayList<>();
		String names = "'" + String.join("','", tables) + "'";
		try (Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select t.relname, x.relname, pg_get_indexdef(i.indexrelid) from pg_index i"
					+ " join pg_class t on t.oid = i.indrelid join pg_class x on x.oid = i.indexrelid"
					+ " join pg_namespace n on n.oid = t.relnamespace where n.nspname = current_schema() and t.relname in ("
					+ names + ") and not i.indisunique and not i.indisprimary")) {
				while (rs.next()) {
					// a partitioned table's index is shown "on only" the parent: built again, it covers the partitions
					found.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3).replace(" ON ONLY ", " ON "), true));
				}
			}
			try (ResultSet rs = s.executeQuery("select t.relname, c.conname, pg_get_constraintdef(c.oid) from pg_constraint c"
					+ " join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace"
					+ " where c.contype = 'f' and n.nspname = current_schema() and t.relname in (" + names + ")")) {
				while (rs.next()) {
					found.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3), false));
				}
			}
			for (Definition d : found) {
				s.execute(d.index() ? "drop index " + d.name() : "alter table " + d.table() + " drop constraint " + d.name());
			}
		}
		return new SetAside(found);
	}

	/** Builds every index and foreign key again (each foreign key checked on all rows), printing what each took. */
	void restore(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("set maintenance_work_mem = '256MB'");
			for (Definition d : definitions) {
				long started = System.nanoTime();
				s.execute(d.index() ? d.sql() : "alter table " + d.table() + " add constraint " + d.name() + " " + d.sql());
				System.out.printf(Locale.ROOT, "  built %s on %s again: %.1f s%n", d.name(), d.table(),
						(System.nanoTime() - started) / 1e9);
			}
		}
	}

	@Override
	public String toString() {
		return definitions.stream().map(Definition::name).toList().toString();
	}
}
