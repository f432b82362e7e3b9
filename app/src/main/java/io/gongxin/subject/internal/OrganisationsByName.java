package io.gongxin.subject.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.gongxin.subject.Subject;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations found by words of their name (trigram index), the closest first. Public data only. */
@Repository
class OrganisationsByName {

	/** Words of a name search that count; more are ignored. */
	private static final int MAX_WORDS = 8;

	private final JdbcClient jdbc;

	OrganisationsByName(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Subject> search(String text, int limit, int offset) {
		// spaces (also the full-width one) separate words that must each be in the name: "示范 科技" finds 示范科技有限公司
		List<String> words = Arrays.stream(text.split("[\\s\u3000]+"))
			.filter(word -> !word.isEmpty())
			.limit(MAX_WORDS)
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		words.forEach(word -> params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
		params.add(String.join(" ", words));
		params.add(limit);
		params.add(offset);
		return jdbc.sql("select " + SubjectRows.COLUMNS + " from subjects where type = 'LEGAL_PERSON'"
				+ " and name ilike ?".repeat(words.size()) + " " + """
				 order by similarity(name, ?) desc, name limit ? offset ?""")
			.params(params)
			.query(SubjectRows::subject)
			.list();
	}
}
