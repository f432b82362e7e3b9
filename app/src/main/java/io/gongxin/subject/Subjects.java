package io.gongxin.subject;

import java.time.LocalDate;
import java.util.Optional;

/** The subjects the platform knows, found by identifier without ever storing a person's number in clear. */
public interface Subjects {

	/** The subject with this identifier, created if the platform does not know it yet. */
	Subject register(SubjectIdentifier identifier, String name);

	Optional<Subject> find(SubjectIdentifier identifier);

	/**
	 * Which reading of a code names a subject: the declared type's when a type is declared, else the
	 * reading under which the platform already knows a subject (the primary one first), else the primary one.
	 * @throws InvalidIdentifierException when the code is not valid as the declared type
	 */
	default SubjectIdentifier reading(IdentifierCheck check, SubjectType declared) {
		if (declared != null) {
			return check.as(declared)
				.orElseThrow(() -> new InvalidIdentifierException(check.problemAs(declared).orElseThrow()));
		}
		if (check.ambiguous()) {
			return check.readings().stream().filter(id -> find(id).isPresent()).findFirst().orElse(check.identifier());
		}
		return check.identifier();
	}

	/** The subject a code names under whichever reading it is known, the primary reading first when both are. */
	default Optional<Subject> find(IdentifierCheck check) {
		return check.readings().stream().map(this::find).flatMap(Optional::stream).findFirst();
	}

	/**
	 * Registers many subjects at once (bulk collection): one query finds the known ones, the others are
	 * inserted in batches. Names fill in only where none was known.
	 * @return the key of every identifier given
	 */
	java.util.Map<SubjectIdentifier, SubjectKey> registerAll(java.util.Map<SubjectIdentifier, String> names);

	Optional<Subject> find(SubjectKey key);

	/** The keys of those identifiers the platform knows, found with one query. */
	java.util.Map<SubjectIdentifier, SubjectKey> findAll(java.util.Collection<SubjectIdentifier> identifiers);

	/** The whole identifier, decrypted for a person: only for callers entitled to see it. */
	SubjectIdentifier identifierOf(SubjectKey key);

	/** Organisations whose name contains the text (trigram index), the closest first. Public data only. */
	java.util.List<Subject> searchOrganisations(String text, int limit, int offset);

	/** Records that {@code person} is the legal representative of {@code organisation} from {@code since}. */
	void recordLegalRepresentative(SubjectKey organisation, SubjectKey person, LocalDate since);

	/** The organisations the person represents or has represented, with the dates. */
	java.util.List<Representation> representedBy(SubjectKey person);

	/** The organisation's current legal representative, if known. */
	Optional<Subject> legalRepresentativeOf(SubjectKey organisation);
}
