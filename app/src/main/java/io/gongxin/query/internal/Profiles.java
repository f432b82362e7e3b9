package io.gongxin.query.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.dispute.ObjectionMark;
import io.gongxin.dispute.Objections;
import io.gongxin.query.CreditProfiles;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.RecordState;
import io.gongxin.record.Records;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.PersonNames;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subject's profile as one caller may see it. The query-log entry is written in the same transaction
 * before anything is returned: if it cannot be written, the caller gets no data.
 */
@Component
class Profiles implements CreditProfiles {

	private final Subjects subjects;

	private final Records records;

	private final Catalogs catalogs;

	private final Audiences audiences;

	private final QueryLog log;

	private final Objections objections;

	private final Clock clock;

	private final DeclaredMatters matters;

	Profiles(Subjects subjects, Records records, Catalogs catalogs, Audiences audiences, QueryLog log,
			Objections objections, Clock clock, DeclaredMatters matters) {
		this.matters = matters;
		this.subjects = subjects;
		this.records = records;
		this.catalogs = catalogs;
		this.audiences = audiences;
		this.log = log;
		this.objections = objections;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Map<String, Object> profile(Subject subject, Caller caller, String matter, String purpose, String channel) {
		CatalogDocument catalog = catalogs.published();
		LocalDate today = LocalDate.now(clock);
		View view = audiences.of(caller, subject, matter, purpose, catalog, today);
		List<Map<String, Object>> shown = new ArrayList<>();
		List<String> items = new ArrayList<>();
		Map<Long, ObjectionMark> marks = objections.marks(subject.key(), today);
		Map<Long, String> withdrawals = objections.withdrawals(subject.key());
		for (CreditRecord record : records.activeOf(subject.key())) {
			Optional<CatalogItem> item = catalog.item(record.item());
			ObjectionMark mark = marks.get(record.id());
			boolean hidden = item.isEmpty() || !view.shows(item.get()) || !Expiry.shown(record, item.get(), catalog, today)
					// R-RP: a repaired record is no longer shared; R-30b: a suspended one is shown to its subject only,
					// marked; R-29b: one withdrawn by an upheld objection stays in its subject's own view only
					|| (!view.everything() && (record.state() == RecordState.REPAIRED || (mark != null && mark.suspended())
							|| withdrawals.containsKey(record.id())));
			if (hidden) {
				continue;
			}
			Map<String, Object> described = describe(record, item.get(), mark);
			if (withdrawals.containsKey(record.id())) {
				described.put("withdrawn", Map.of("reason", withdrawals.get(record.id())));
			}
			shown.add(described);
			if (!items.contains(record.item())) {
				items.add(record.item());
			}
		}
		UUID queryId = UUID.randomUUID();
		log.record(new QueryLogEntry(queryId, OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role() == null ? "ANONYMOUS" : caller.role().name(), subject.key(), items, view.matter(),
				view.purpose(), view.authorization() == null ? null : view.authorization().id(), channel));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("queryId", queryId);
		body.put("subject", subjectOf(subject, view, caller.isAnonymous(), shown.isEmpty()));
		body.put("records", shown);
		return body;
	}

	@Override
	public Map<String, Object> unknownPerson(ResidentIdNumber id, String matter, String purpose) {
		// the same checks as for a known person, so that no error tells the two apart either
		matters.known(matter);
		matters.purpose(purpose);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("queryId", UUID.randomUUID());
		body.put("subject", subjectOf(SubjectType.NATURAL_PERSON, id.masked(), PersonNames.HIDDEN));
		body.put("records", List.of());
		return body;
	}

	private Map<String, Object> subjectOf(Subject subject, View view, boolean anonymous, boolean nothingShown) {
		String id = view.wholeIdentifier() ? subjects.identifierOf(subject.key()).value() : subject.displayIdentifier();
		String name = subject.name();
		if (anonymous && subject.type() == SubjectType.NATURAL_PERSON) {
			// issue 12: a person's public records already name them, so the family name may go with them; a person
			// with none is answered exactly as one the platform does not know
			name = nothingShown ? PersonNames.HIDDEN : PersonNames.familyNameOnly(name);
		}
		return subjectOf(subject.type(), id, name);
	}

	private static Map<String, Object> subjectOf(SubjectType type, String id, String name) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("type", type);
		out.put("id", id);
		out.put("name", name);
		return out;
	}

	private static Map<String, Object> describe(CreditRecord record, CatalogItem item, ObjectionMark mark) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", record.id());
		out.put("item", record.item());
		out.put("itemName", item.name());
		out.put("category", item.category());
		out.put("disclosure", item.disclosure());
		out.put("occurredOn", record.occurredOn());
		out.put("endedOn", record.endedOn());
		out.put("provider", record.provider());
		out.put("fields", record.fields());
		out.put("objection", mark == null ? null : Map.of("status", mark.status(), "since", mark.since().toString()));
		if (record.state() == RecordState.REPAIRED) {
			out.put("repaired", true);
		}
		if (mark != null && mark.suspended()) {
			out.put("suspended", true);
		}
		return out;
	}
}
