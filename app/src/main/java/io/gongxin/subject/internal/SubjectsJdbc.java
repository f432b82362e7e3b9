package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.subject.Representation;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Repository;

/**
 * The subjects in {@code subjects} (ADR 0010): found by {@link SubjectLookups}, registered one by one by
 * {@link SubjectRegistration} or many at once by {@link BulkRegistration}, organisations searched by name by
 * {@link OrganisationsByName}, the legal representatives kept by {@link RecordLegalRepresentative} and read by
 * {@link LegalRepresentatives}.
 */
@Repository
class SubjectsJdbc implements Subjects {

	private final SubjectLookups lookups;

	private final SubjectRegistration registration;

	private final BulkRegistration bulk;

	private final OrganisationsByName search;

	private final RecordLegalRepresentative newRepresentative;

	private final LegalRepresentatives representatives;

	SubjectsJdbc(SubjectLookups lookups, SubjectRegistration registration, BulkRegistration bulk,
			OrganisationsByName search, RecordLegalRepresentative newRepresentative, LegalRepresentatives representatives) {
		this.lookups = lookups;
		this.registration = registration;
		this.bulk = bulk;
		this.search = search;
		this.newRepresentative = newRepresentative;
		this.representatives = representatives;
	}

	@Override
	public Subject register(SubjectIdentifier identifier, String name) {
		return registration.register(identifier, name);
	}

	@Override
	public Map<SubjectIdentifier, SubjectKey> registerAll(Map<SubjectIdentifier, String> names) {
		return bulk.registerAll(names);
	}

	@Override
	public Map<SubjectIdentifier, SubjectKey> findAll(Collection<SubjectIdentifier> identifiers) {
		return bulk.findAll(identifiers);
	}

	@Override
	public Optional<Subject> find(SubjectIdentifier identifier) {
		return lookups.find(identifier);
	}

	@Override
	public Optional<Subject> find(SubjectKey key) {
		return lookups.find(key);
	}

	@Override
	public SubjectIdentifier identifierOf(SubjectKey key) {
		return lookups.identifierOf(key);
	}

	@Override
	public List<Subject> searchOrganisations(String text, int limit, int offset) {
		return search.search(text, limit, offset);
	}

	@Override
	public void recordLegalRepresentative(SubjectKey organisation, SubjectKey person, LocalDate since) {
		newRepresentative.record(organisation, person, since);
	}

	@Override
	public List<Representation> representedBy(SubjectKey person) {
		return representatives.representedBy(person);
	}

	@Override
	public Optional<Subject> legalRepresentativeOf(SubjectKey organisation) {
		return representatives.of(organisation);
	}
}
