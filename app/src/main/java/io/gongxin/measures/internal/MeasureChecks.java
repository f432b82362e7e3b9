package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;
import io.gongxin.catalog.Measure;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.query.ShownRecords;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A measure check (R-22, R-23, R-24e): which measures of the matter's application list hold for the
 * subject, each with the records or list entries that make it hold. The matter must be granted to the querier
 * and only records of its items are looked at. Logged like a query, kept for feedback.
 */
@Component
class MeasureChecks {

	private final Map<String, MeasurePolicy> policies;

	private final DeclaredMatters matters;

	private final Catalogs catalogs;

	private final Records records;

	private final ShownRecords shownRecords;

	private final ListStanding lists;

	private final Subjects subjects;

	private final QueryLog log;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	private final io.gongxin.platform.Meters meters;

	MeasureChecks(List<MeasurePolicy> policies, DeclaredMatters matters, Catalogs catalogs, Records records, ShownRecords shownRecords,
			ListStanding lists, Subjects subjects, QueryLog log, JdbcClient jdbc, ObjectMapper json, Clock clock,
			io.gongxin.platform.Meters meters) {
		this.meters = meters;
		this.policies = policies.stream().collect(Collectors.toMap(MeasurePolicy::type, Function.identity()));
		this.matters = matters;
		this.catalogs = catalogs;
		this.records = records;
		this.shownRecords = shownRecords;
		this.lists = lists;
		this.subjects = subjects;
		this.log = log;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	Map<String, Object> check(Caller caller, Subject subject, String matterCode, String purpose) {
		Matter matter = matters.check(caller, subject.key(), matterCode, purpose, false);
		CatalogDocument catalog = catalogs.published();
		LocalDate today = LocalDate.now(clock);
		Situation situation = situation(subject, catalog, Set.copyOf(matter.items()), today);
		List<Map<String, Object>> measures = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (Measure measure : matter.measures()) {
			MeasurePolicy policy = policies.get(String.valueOf(measure.condition().get("type")));
			List<Because> because = policy == null ? List.of() : policy.evaluate(measure.condition(), situation);
			if (because.isEmpty()) {
				continue;
			}
			Map<String, Object> applies = new LinkedHashMap<>();
			applies.put("code", measure.code());
			applies.put("kind", measure.kind());
			applies.put("description", measure.description());
			applies.put("basis", measure.basis());
			applies.put("because", because);
			measures.add(applies);
			because.stream().filter(b -> b.recordId() != null)
				.forEach(b -> records.find(b.recordId()).map(CreditRecord::item).filter(i -> !items.contains(i)).ifPresent(items::add));
		}
		UUID checkId = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		log.record(new QueryLogEntry(checkId, now, caller.username(), caller.organisation(), caller.role().name(),
				subject.key(), items, matter.code(), purpose == null ? "measure check" : purpose, null, "MEASURE_CHECK"));
		jdbc.sql("""
				insert into measure_checks (id, subject_key, matter, organisation, username, checked_at, measures, result)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(checkId, subject.key().value(), matter.code(), caller.organisation(), caller.username(), now,
					measures.stream().map(m -> (String) m.get("code")).toArray(String[]::new), json.writeValueAsString(measures))
			.update();
		meters.measureChecked(matter.code(), !measures.isEmpty());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("checkId", checkId);
		body.put("measures", measures);
		return body;
	}

	/**
	 * The subject as the matter may see it: only records of the matter's items count, so no reason, and no
	 * grade behind a reason, rests on a record the querier may not see.
	 */
	private Situation situation(Subject subject, CatalogDocument catalog, Set<String> items, LocalDate today) {
		Function<SubjectKey, List<CreditRecord>> shown = key -> shownRecords.of(key, today)
			.stream()
			.filter(r -> items.contains(r.item()))
			.toList();
		List<Situation.Represented> represented = subjects.representedBy(subject.key())
			.stream()
			.map(r -> new Situation.Represented(subjects.find(r.organisation()).orElseThrow(), r.since(), r.until(),
					shown.apply(r.organisation()), lists.standingOf(r.organisation(), today)))
			.toList();
		return Situation.of(subject, today, catalog, items, shown, key -> lists.standingOf(key, today), represented);
	}

	@Transactional
	Map<String, Object> feedback(Caller caller, UUID checkId, List<String> applied, String note) {
		Map<String, Object> check = jdbc.sql("select matter, organisation, measures from measure_checks where id = ?")
			.param(checkId)
			.query((rs, row) -> Map.<String, Object>of("matter", rs.getString(1), "organisation", rs.getString(2),
					"measures", List.of((String[]) rs.getArray(3).getArray())))
			.optional()
			.filter(c -> c.get("organisation").equals(caller.organisation()))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_CHECK", Map.of("id", checkId),
					checkId.toString()));
		@SuppressWarnings("unchecked")
		List<String> offered = (List<String>) check.get("measures");
		List<String> unknown = applied.stream().filter(code -> !offered.contains(code)).toList();
		if (!unknown.isEmpty()) {
			throw new DomainException(DomainException.Kind.INVALID, "UNKNOWN_MEASURE", Map.of("measures", unknown),
					String.join(",", unknown));
		}
		for (String code : applied) {
			jdbc.sql("""
					insert into measure_feedback (check_id, measure, matter, organisation, applied_at, note)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(checkId, code, check.get("matter"), caller.organisation(), OffsetDateTime.now(clock), note)
				.update();
		}
		return Map.of("checkId", checkId, "applied", applied);
	}

	List<Map<String, Object>> feedbackCounts() {
		return jdbc.sql("""
				select measure, matter, organisation, count(*) as applied from measure_feedback
				 group by measure, matter, organisation order by measure, matter, organisation""")
			.query()
			.listOfRows();
	}
}
