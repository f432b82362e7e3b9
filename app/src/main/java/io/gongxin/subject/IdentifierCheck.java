package io.gongxin.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcome of checking one identifier, as {@code GET /api/v1/identifiers/{code}} reports it.
 * <p>
 * A code can be valid both as a USCC and as a resident id number (R-05: an all-digit USCC whose
 * registration code is also a province code, e.g. a law firm's {@code 31...}): then {@code identifier} is the
 * primary reading (a resident id number, as it always was) and {@code alternative} the other one; the subject
 * type declared with the code decides which is meant (see {@link #as(SubjectType)}).
 *
 * @param identifier the valid identifier (its primary reading), or {@code null}
 * @param problem why it is invalid, or {@code null}
 * @param alternative the other valid reading of an ambiguous code, or {@code null}
 */
public record IdentifierCheck(String input, String normalized, SubjectIdentifier identifier,
		IdentifierProblem problem, SubjectIdentifier alternative) {

	public boolean valid() {
		return identifier != null;
	}

	/** Whether the code is valid both as a USCC and as a resident id number. */
	public boolean ambiguous() {
		return alternative != null;
	}

	/** Every valid reading, the primary one first. */
	public List<SubjectIdentifier> readings() {
		return Stream.of(identifier, alternative).filter(Objects::nonNull).toList();
	}

	/** The reading as an identifier of the given type of subject, if the code is valid as one. */
	public Optional<SubjectIdentifier> as(SubjectType type) {
		return readings().stream().filter(id -> id.subjectType() == type).findFirst();
	}

	/** Why the code is not valid as an identifier of the given type (empty when it is). */
	public Optional<IdentifierProblem> problemAs(SubjectType type) {
		if (as(type).isPresent()) {
			return Optional.empty();
		}
		return type == SubjectType.NATURAL_PERSON ? ResidentIdFormat.problemOf(normalized)
				: UnifiedSocialCreditCode.problemOf(normalized).or(() -> Optional.of(IdentifierProblem.ORGANISATION_CODE));
	}

	/** The birth date of the resident id reading, if there is one. */
	public LocalDate birthDate() {
		return as(SubjectType.NATURAL_PERSON).map(id -> ((ResidentIdNumber) id).birthDate()).orElse(null);
	}

	public boolean legacy() {
		return as(SubjectType.LEGAL_PERSON).filter(id -> ((UnifiedSocialCreditCode) id).legacy()).isPresent();
	}
}
