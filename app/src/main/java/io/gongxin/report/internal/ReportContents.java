package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gongxin.account.Accounts;
import io.gongxin.account.Caller;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import io.gongxin.audit.QueryLog;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.measures.ListMemberships;
import io.gongxin.query.CreditProfiles;
import io.gongxin.record.Records;
import io.gongxin.report.ReportRequest;
import io.gongxin.report.internal.ReportContent.Field;
import io.gongxin.report.internal.ReportContent.Line;
import io.gongxin.report.internal.ReportContent.Section;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * Gathers what one caller may see of a subject into a report: the records through {@code query} (which logs
 * the read), the lists in force, the grade for those entitled to it, and for the subject's own report who
 * queried it.
 */
@Component
class ReportContents {

	/** Sections in the order of a public credit report; an item not named here goes by its category. */
	static final List<String> SECTIONS = List.of("BASIC", "ADMIN_LICENSE", "ADMIN_PENALTY", "DISHONEST", "OTHER");

	private static final Set<Role> GRADE_READERS = Set.of(Role.SUBJECT, Role.CENTER_ADMIN, Role.CENTER_OPERATOR,
			Role.GOV_QUERIER, Role.AUDITOR);

	private static final int QUERIES_SHOWN = 100;

	private static final int QUERIES_READ = 1000;

	private final CreditProfiles profiles;

	private final Catalogs catalogs;

	private final ListMemberships lists;

	private final Evaluations evaluations;

	private final QueryLog log;

	private final Accounts accounts;

	private final Records records;

	ReportContents(CreditProfiles profiles, Catalogs catalogs, ListMemberships lists, Evaluations evaluations,
			QueryLog log, Accounts accounts, Records records) {
		this.records = records;
		this.profiles = profiles;
		this.catalogs = catalogs;
		this.lists = lists;
		this.evaluations = evaluations;
		this.log = log;
		this.accounts = accounts;
	}

	@SuppressWarnings("unchecked")
	ReportContent gather(Subject subject, ReportRequest request, String number, OffsetDateTime now, LocalDate validUntil,
			Integer ownReportOfYear, int freePerYear) {
		Caller caller = request.caller();
		Map<String, Object> profile = profiles.profile(subject, caller, request.matter(), request.purpose(), "REPORT");
		Map<String, Object> party = (Map<String, Object>) profile.get("subject");
		List<Map<String, Object>> records = (List<Map<String, Object>>) profile.get("records");
		CatalogDocument catalog = catalogs.published();
		Map<String, List<Line>> bySection = new LinkedHashMap<>();
		SECTIONS.forEach(key -> bySection.put(key, new ArrayList<>()));
		for (Map<String, Object> record : records) {
			String item = (String) record.get("item");
			String key = bySection.containsKey(item) ? item : String.valueOf(record.get("category"));
			bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(line(record, catalog.item(item).orElse(null)));
		}
		LocalDate today = now.toLocalDate();
		boolean own = caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isPresent();
		if (own) {
			bySection.replaceAll((key, lines) -> lines.stream().map(l -> l.withChanges(changes(l.recordId(), now))).toList());
		}
		String edition = edition(caller, own, records);
		ReportContent.Grade grade = null;
		if (caller.role() != null && GRADE_READERS.contains(caller.role()) && (own || !caller.has(Role.SUBJECT))) {
			Evaluation evaluation = evaluations.evaluate(subject.key(), today);
			grade = new ReportContent.Grade(evaluation.grade(), evaluation.score(), evaluation.model());
		}
		// who else used or queried the subject; its own reads and requests are left out so they cannot crowd
		// out the queries of others
		List<ReportContent.QueryLine> queries = own ? log.forSubject(subject.key(), QUERIES_READ).stream()
			.filter(e -> !caller.username().equals(e.username()))
			.limit(QUERIES_SHOWN)
			.map(e -> new ReportContent.QueryLine(e.at().atZoneSameInstant(now.getOffset()).toOffsetDateTime(),
					organisationName(e.organisation()), e.role(), e.matter(),
					e.purpose(), e.channel()))
			.toList() : null;
		return new ReportContent(number, now, validUntil, edition,
				new ReportContent.Party(String.valueOf(party.get("type")), (String) party.get("id"), (String) party.get("name")),
				blankToNull(request.matter()), blankToNull(request.purpose()),
				bySection.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList(),
				lists.inForce(subject.key(), today).stream()
					.map(m -> new ReportContent.ListLine(m.type().name(), m.reason(), m.basis(), m.decidedOn(), m.validUntil()))
					.toList(),
				grade, queries, own ? ownReportOfYear : null, freePerYear, null);
	}

	private static String edition(Caller caller, boolean own, List<Map<String, Object>> records) {
		if (own) {
			return "OWN";
		}
		if (caller.has(Role.GOV_QUERIER)) {
			return "GOVERNMENT";
		}
		if (caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)) {
			return "CENTRE";
		}
		boolean nonPublic = records.stream().anyMatch(r -> "NON_PUBLIC".equals(String.valueOf(r.get("disclosure"))));
		return nonPublic ? "AUTHORIZED" : "PUBLIC";
	}

	@SuppressWarnings("unchecked")
	private Line line(Map<String, Object> record, CatalogItem item) {
		Map<String, Object> values = (Map<String, Object>) record.get("fields");
		List<Field> fields = new ArrayList<>();
		if (item != null && values != null) {
			for (CatalogField field : item.fields()) {
				Object value = values.get(field.name());
				if (value != null && !String.valueOf(value).isBlank()) {
					fields.add(new Field(field.label(), String.valueOf(value)));
				}
			}
		}
		Map<String, Object> objection = (Map<String, Object>) record.get("objection");
		return new Line(((Number) record.get("id")).longValue(), (String) record.get("itemName"),
				(LocalDate) record.get("occurredOn"), (LocalDate) record.get("endedOn"),
				organisationName((String) record.get("provider")), fields,
				objection == null ? null : Objects.toString(objection.get("since")),
				Boolean.TRUE.equals(record.get("repaired")), List.of());
	}

	/** The record's earlier versions, oldest first, with why each was replaced. */
	private List<ReportContent.Change> changes(long recordId, OffsetDateTime now) {
		return records.history(recordId).stream()
			.filter(v -> v.replacedAt() != null)
			.map(v -> new ReportContent.Change(v.replacedAt().atZoneSameInstant(now.getOffset()).toOffsetDateTime(),
					v.reason()))
			.toList();
	}

	private String organisationName(String code) {
		if (code == null) {
			return null;
		}
		return accounts.organisation(code).map(Organisation::name).orElse(code);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
