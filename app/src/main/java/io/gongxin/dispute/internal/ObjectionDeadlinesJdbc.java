package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deadlines of the open objections: counted again (R-WD) and, when the provider's passed, the record suspended. */
@Repository
class ObjectionDeadlinesJdbc {

	/** Only the overdue objections are read: the range on {@code objections_overdue} (V181) before today. */
	static final String SUSPEND_OVERDUE = "update objections set suspended_on = ? where status = 'FORWARDED'"
			+ " and verify_by < ? and suspended_on is null returning " + ObjectionRows.COLUMNS;

	private final JdbcClient jdbc;

	ObjectionDeadlinesJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The open objections whose count ran into the year, locked for the recount. */
	List<DeadlineStarts> countedInto(int year) {
		return jdbc.sql("""
				select id, received_on, forwarded_on from objections
				 where status in ('RECEIVED', 'FORWARDED') and received_on <= ?
				   and greatest(compare_by, correct_by, coalesce(verify_by, compare_by)) >= ?
				 order by id for update""")
			.params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
			.query(DeadlineStarts.class)
			.list();
	}

	void redate(long id, LocalDate compareBy, LocalDate correctBy, LocalDate verifyBy) {
		jdbc.sql("update objections set compare_by = ?, correct_by = ?, verify_by = ? where id = ?")
			.params(compareBy, correctBy, verifyBy, id)
			.update();
	}

	/** Records the day the provider's silence suspended the record; once per objection, on any node. */
	List<Objection> suspendOverdue(LocalDate today) {
		return jdbc.sql(SUSPEND_OVERDUE)
			.params(today, today)
			.query(ObjectionRows::read)
			.list();
	}
}
