package io.gongxin.query.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.gongxin.subject.SubjectKey;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The authorizations of the subject to the caller's organisation that hold today (R-16b, R-20a), read inside the
 * profile's one statement ({@link ProfileRows}) as {@link AuthorizationsJdbc#valid} reads them: newest first, as one
 * JSON array on the subject's row. Alias {@code g} is taken.
 */
@Component
class ProfileGrants {

	/** The subject's valid grants to the organisation given as the first parameter, on the day given as the second. */
	static final String LATERAL = """
			left join lateral (
			  select json_agg(json_build_object('id', a.id, 'grantee', a.grantee, 'items', a.items, 'purpose', a.purpose,
			                                    'validUntil', a.valid_until, 'createdAt', a.created_at) order by a.id desc) as grants
			    from authorizations a
			   where a.subject_key = s.subject_key and a.grantee = ? and a.revoked_at is null and a.valid_until >= ?) g on true""";

	private static final TypeReference<List<Grant>> GRANTS = new TypeReference<>() {
	};

	private final ObjectMapper json;

	ProfileGrants(ObjectMapper json) {
		this.json = json;
	}

	/** One grant as the statement writes it. */
	record Grant(long id, String grantee, List<String> items, String purpose, LocalDate validUntil,
			OffsetDateTime createdAt) {
	}

	/** The grants of {@code text} (null: none), as {@link AuthorizationsJdbc#valid} answers them. */
	List<Authorization> read(SubjectKey subject, String text) {
		if (text == null) {
			return List.of();
		}
		return json.readValue(text, GRANTS)
			.stream()
			.map(g -> new Authorization(g.id(), subject, g.grantee(), g.items(), g.purpose(), g.validUntil(), g.createdAt(),
					null))
			.toList();
	}
}
