package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.gongxin.dispute.Notices;
import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoticesJdbc implements Notices {

	private final JdbcClient jdbc;

	private final Clock clock;

	NoticesJdbc(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void toSubject(SubjectKey subject, String kind, String message) {
		jdbc.sql("insert into notices (subject_key, kind, message, created_at) values (?, ?, ?, ?)")
			.params(subject.value(), kind, message, OffsetDateTime.now(clock))
			.update();
	}

	@Override
	public void toOrganisation(String organisation, String kind, String message) {
		jdbc.sql("insert into notices (organisation, kind, message, created_at) values (?, ?, ?, ?)")
			.params(organisation, kind, message, OffsetDateTime.now(clock))
			.update();
	}

	@Override
	public List<Map<String, Object>> forSubject(SubjectKey subject) {
		return jdbc.sql("select id, kind, message, created_at from notices where subject_key = ? order by id desc limit 200")
			.param(subject.value())
			.query()
			.listOfRows();
	}

	@Override
	public List<Map<String, Object>> forOrganisation(String organisation) {
		return jdbc.sql("select id, kind, message, created_at from notices where organisation = ? order by id desc limit 200")
			.param(organisation)
			.query()
			.listOfRows();
	}
}
