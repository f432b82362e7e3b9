package io.gongxin.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts as the centre's console lists them. */
@Repository
class AccountRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One account (lockedUntil: until when some client waits); no password hash leaves the table. */
	record Row(String username, String role, String organisation, boolean enabled, OffsetDateTime lockedUntil,
			OffsetDateTime createdAt) {
	}

	/** At most 500, by role and user name. */
	List<Row> listed() {
		return jdbc.sql("""
				select username, role, organisation_code, enabled,
				       (select max(t.blocked_until) from login_throttle t
				         where t.username = lower(a.username) and t.blocked_until > ?), created_at
				  from accounts a order by role, username limit 500""")
			.param(OffsetDateTime.now(clock))
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}
}
