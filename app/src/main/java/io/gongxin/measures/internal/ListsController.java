package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.measures.ListType;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import io.gongxin.platform.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The published lists (public), entered and removed by the centre, proposed by providers. */
@RestController
@RequestMapping("/api/v1/lists/{type}/entries")
@Tag(name = "measures", description = "联合奖惩 / joint rewards and punishments")
class ListsController implements PublicEndpoints {

	private final ListEntriesJdbc entries;

	private final ListStanding standing;

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final io.gongxin.catalog.Catalogs catalogs;

	private final Clock clock;

	ListsController(ListEntriesJdbc entries, ListStanding standing, Identifiers identifiers, Subjects subjects,
			io.gongxin.catalog.Catalogs catalogs, Clock clock) {
		this.entries = entries;
		this.standing = standing;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	@io.gongxin.platform.ReplicaReads
	@GetMapping
	@Operation(summary = "公布的名单及认定标准 / the published list and its criteria")
	Map<String, Object> list(@PathVariable ListType type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		// issue 12: the public list is paged (100 by default, at most 500), newest decision first
		Paging paging = Paging.of(page, limit, "limit", 100, 500);
		Map<String, Object> body = new LinkedHashMap<>();
		catalogs.published().lists().entrySet().stream().filter(e -> e.getKey().equals(type.name()))
			.findFirst().ifPresent(e -> body.put("criteria", e.getValue()));
		// a red-list entry ended by a new dishonesty record has left the published list
		body.put("entries", standing.inForce(type, LocalDate.now(clock), paging).stream().map(this::describe).toList());
		body.put("page", paging.page());
		body.put("limit", paging.limit());
		return body;
	}

	@GetMapping("/history")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	@Operation(summary = "名单的全部条目及其变动（中心、审计）/ every entry with its changes")
	Map<String, Object> history(@PathVariable ListType type) {
		LocalDate today = LocalDate.now(clock);
		return Map.of("entries", entries.history(type).stream().map(row -> {
			Map<String, Object> story = row.getValue();
			ListEntry entry = row.getKey();
			// who is listed: name and code (a person's id number masked), as the published list shows them
			story.put("subject", who(subjects.find(entry.subject()).orElseThrow()));
			// the day it left the list, as the centre reads dates
			if (story.get("removedAt") != null) {
				story.put("removedOn", day(story.get("removedAt")));
			}
			if (entry.persons() != null) {
				story.put("persons", entry.persons());
			}
			// the centre sees when and why a red-list entry ended by its exit rule
			if (entry.inForceOn(today)) {
				standing.endedBy(entry, today).ifPresent(record -> {
					story.put("endedOn", record.occurredOn());
					story.put("endReason", "NEW_DISHONESTY_RECORD");
				});
			}
			return story;
		}).toList());
	}

	/** R-24d: a person an organisation's entry names; the id number, if given, is kept masked only. */
	record NamedPerson(@NotBlank @Size(max = 50) String name, @Size(max = 32) String idNumber) {

		@Override
		public String toString() {
			return "NamedPerson[" + name + "]";
		}
	}

	record NewEntry(@NotBlank @Size(max = 32) String subjectId, @NotBlank @Size(max = 2000) String reason,
			@NotBlank @Size(max = 2000) String basis, @NotNull LocalDate decidedOn, @NotNull LocalDate validUntil,
			io.gongxin.subject.SubjectType subjectType, @Valid NamedPerson legalRepresentative,
			@Valid NamedPerson principal, @Valid @Size(max = 10) List<@NotNull @Valid NamedPerson> responsiblePersons) {

		NewEntry(String subjectId, String reason, String basis, LocalDate decidedOn, LocalDate validUntil) {
			this(subjectId, reason, basis, decidedOn, validUntil, null, null, null, null);
		}

		@Override
		public String toString() {
			return "NewEntry[" + reason + "]";
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'PROVIDER')")
	@Operation(summary = "列入名单（中心），或由提供单位提请 / list a subject (centre) or propose it (provider)")
	Map<String, Object> add(@PathVariable ListType type, @Valid @RequestBody NewEntry entry, Caller caller) {
		// the declared subject type decides what a code valid both ways names
		Subject subject = subjects.register(entry.subjectType() == null
				? subjects.reading(identifiers.checkField(entry.subjectId(), "subjectId"), null)
				: identifiers.parseField(entry.subjectId(), "subjectId", entry.subjectType()), null);
		if (entry.validUntil().isBefore(entry.decidedOn())) {
			// a message of its own: the date is compared with the decision, not with today
			throw new DomainException(DomainException.Kind.INVALID, "VALID_UNTIL_BEFORE_DECISION",
					Map.of("field", "validUntil"), entry.validUntil(), entry.decidedOn());
		}
		ListPersons persons = persons(entry);
		if (!persons.isEmpty() && subject.type() != io.gongxin.subject.SubjectType.LEGAL_PERSON) {
			throw new DomainException(DomainException.Kind.INVALID, "PERSONS_FOR_ORGANISATIONS_ONLY");
		}
		boolean proposal = caller.has(Role.PROVIDER);
		long id = entries.add(subject.key(), type, entry.reason().strip(), entry.basis().strip(), entry.decidedOn(),
				entry.validUntil(), persons, proposal ? "PROPOSED" : "ACTIVE", proposal ? caller.organisation() : null,
				OffsetDateTime.now(clock), caller.username());
		return proposal ? Map.of("id", id, "status", "PROPOSED") : Map.of("id", id);
	}

	/** R-24d: names stripped, id numbers checked as resident ids and kept masked only. */
	private ListPersons persons(NewEntry entry) {
		List<ListPersons.Person> responsible = new java.util.ArrayList<>();
		List<NamedPerson> given = entry.responsiblePersons() == null ? List.of() : entry.responsiblePersons();
		for (int i = 0; i < given.size(); i++) {
			responsible.add(person(given.get(i), "responsiblePersons[" + i + "].idNumber"));
		}
		return new ListPersons(person(entry.legalRepresentative(), "legalRepresentative.idNumber"),
				person(entry.principal(), "principal.idNumber"), responsible);
	}

	private ListPersons.Person person(NamedPerson person, String field) {
		if (person == null) {
			return null;
		}
		String masked = person.idNumber() == null || person.idNumber().isBlank() ? null
				: identifiers.parseField(person.idNumber(), field, io.gongxin.subject.SubjectType.NATURAL_PERSON).masked();
		return new ListPersons.Person(person.name().strip(), masked);
	}

	@PostMapping("/{id}/confirmation")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "确认提供单位的提请 / confirm a provider's proposal")
	Map<String, Object> confirm(@PathVariable ListType type, @PathVariable long id) {
		entry(type, id);
		if (!entries.confirm(id)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "NOT_PROPOSED");
		}
		return Map.of("id", id, "status", "ACTIVE");
	}

	record Removal(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/removal")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "移出名单 / remove from the list")
	Map<String, Object> remove(@PathVariable ListType type, @PathVariable long id, @Valid @RequestBody Removal removal,
			Caller caller) {
		entry(type, id);
		entries.remove(id, removal.reason().strip(), OffsetDateTime.now(clock), caller.username());
		return Map.of("id", id, "status", "REMOVED");
	}

	private ListEntry entry(ListType type, long id) {
		return entries.find(id)
			.filter(e -> e.type() == type)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_LIST_ENTRY", Map.of("id", id),
					String.valueOf(id)));
	}

	private LocalDate day(Object instant) {
		java.time.Instant at = instant instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
				: ((java.time.OffsetDateTime) instant).toInstant();
		return at.atZone(clock.getZone()).toLocalDate();
	}

	private static Map<String, Object> who(Subject subject) {
		Map<String, Object> who = new LinkedHashMap<>();
		who.put("type", subject.type());
		who.put("id", subject.displayIdentifier());
		who.put("name", subject.name());
		return who;
	}

	private Map<String, Object> describe(ListEntry entry) {
		Subject subject = subjects.find(entry.subject()).orElseThrow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", entry.id());
		body.put("subject", who(subject));
		// R-24d: an organisation's entry names its legal representative (as entered, else as registered), its
		// principal and the directly responsible persons: names only, never an id number
		ListPersons persons = entry.persons();
		if (persons != null && persons.legalRepresentative() != null) {
			body.put("legalRepresentative", persons.legalRepresentative().name());
		}
		else {
			subjects.legalRepresentativeOf(subject.key()).map(Subject::name).filter(java.util.Objects::nonNull)
				.ifPresent(name -> body.put("legalRepresentative", name));
		}
		if (persons != null && persons.principal() != null) {
			body.put("principal", persons.principal().name());
		}
		if (persons != null && !persons.responsiblePersons().isEmpty()) {
			body.put("responsiblePersons", ListPersons.names(persons.responsiblePersons()));
		}
		body.put("reason", entry.reason());
		body.put("basis", entry.basis());
		body.put("decidedOn", entry.decidedOn());
		body.put("validUntil", entry.validUntil());
		return body;
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/lists/*/entries"));
	}
}
