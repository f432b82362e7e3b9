package io.gongxin.dispute.internal;

import java.util.List;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The objections as their parties list them: the subject's own, the queues of the open ones. */
@Repository
class ObjectionListsJdbc {

	private final JdbcClient jdbc;

	ObjectionListsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean openOn(long recordId) {
		return jdbc.sql("select exists (select 1 from objections where record_id = ? and status in ('RECEIVED', 'FORWARDED'))")
			.param(recordId)
			.query(Boolean.class)
			.single();
	}

	/** A subject's objections, newest first, whatever their state. */
	List<Objection> ofSubject(SubjectKey subject) {
		return jdbc.sql("select " + ObjectionRows.COLUMNS + " from objections where subject_key = ? order by id desc")
			.param(subject.value())
			.query(ObjectionRows::read)
			.list();
	}

	/** Open objections, all of them or those forwarded to one provider, the nearest deadline first. */
	List<Objection> queue(String provider) {
		return jdbc.sql("select " + ObjectionRows.COLUMNS + " " + """
				 from objections where status in ('RECEIVED', 'FORWARDED')
				   and (cast(? as text) is null or (provider = ? and status = 'FORWARDED'))
				 order by coalesce(verify_by, compare_by), id""")
			.params(provider, provider)
			.query(ObjectionRows::read)
			.list();
	}
}
