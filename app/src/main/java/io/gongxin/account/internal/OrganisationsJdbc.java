package io.gongxin.account.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.account.Organisation;
import io.gongxin.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations accounts belong to ({@code organisations}), for {@link AccountsJdbc}. */
@Repository
class OrganisationsJdbc {

	private final JdbcClient jdbc;

	OrganisationsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Organisation register(Organisation organisation) {
		int inserted = jdbc.sql("insert into organisations (code, name) values (?, ?) on conflict (code) do nothing")
			.params(organisation.code(), organisation.name())
			.update();
		if (inserted == 0) {
			throw new DomainException(DomainException.Kind.CONFLICT, "ORGANISATION_EXISTS",
					Map.of("organisation", organisation.code()), organisation.code());
		}
		return organisation;
	}

	Optional<Organisation> find(String code) {
		return jdbc.sql("select code, name from organisations where code = ?")
			.param(code)
			.query((rs, row) -> new Organisation(rs.getString("code"), rs.getString("name")))
			.optional();
	}

	List<Organisation> all() {
		return jdbc.sql("select code, name from organisations order by code")
			.query((rs, row) -> new Organisation(rs.getString("code"), rs.getString("name")))
			.list();
	}
}
