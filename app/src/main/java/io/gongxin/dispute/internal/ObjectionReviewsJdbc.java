package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** R-30a: the centre's reviews of the objections the subject still disagrees with. */
@Repository
class ObjectionReviewsJdbc {

	private final JdbcClient jdbc;

	private final Clock clock;

	ObjectionReviewsJdbc(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** R-30a: objections the subject still disagrees with, awaiting the centre's review, the oldest first. */
	List<Objection> disagreed() {
		return jdbc.sql("select " + ObjectionRows.COLUMNS + " from objections where status = 'DISAGREED' and reviewed_on is null"
				+ " order by updated_at, id")
			.query(ObjectionRows::read)
			.list();
	}

	/** Records the review once: false when the objection is not disagreed or was reviewed already. */
	boolean review(Objection objection, LocalDate on, String conclusion) {
		return jdbc.sql("""
				update objections set reviewed_on = ?, review_conclusion = ?, updated_at = ?
				 where id = ? and status = 'DISAGREED' and reviewed_on is null""")
			.params(on, conclusion, OffsetDateTime.now(clock), objection.id())
			.update() == 1;
	}

	Optional<ObjectionReview> reviewOf(long id) {
		return jdbc.sql("select reviewed_on, review_conclusion from objections where id = ? and reviewed_on is not null")
			.param(id)
			.query((rs, row) -> new ObjectionReview(rs.getObject("reviewed_on", LocalDate.class),
					rs.getString("review_conclusion")))
			.optional();
	}
}
