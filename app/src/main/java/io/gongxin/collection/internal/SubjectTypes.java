package io.gongxin.collection.internal;

import java.util.Optional;

import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;

/**
 * Subject types as providers write them: the code or its Chinese name (法人和其他组织, 自然人); the declared type
 * decides what a code valid both ways is.
 */
final class SubjectTypes {

	private SubjectTypes() {
	}

	static Optional<SubjectType> parse(String text) {
		return switch (text.strip()) {
			case "LEGAL_PERSON", "法人和其他组织", "法人", "法人及其他组织", "非自然人" -> Optional.of(SubjectType.LEGAL_PERSON);
			case "NATURAL_PERSON", "自然人" -> Optional.of(SubjectType.NATURAL_PERSON);
			default -> Optional.empty();
		};
	}

	/** The identifier as the declared subject type says it is, or as the check read it. */
	static SubjectIdentifier declared(IdentifierCheck check, String type, RecordErrors errors) {
		if (type == null) {
			return check.identifier();
		}
		Optional<SubjectType> declared = SubjectTypes.parse(type);
		if (declared.isEmpty()) {
			errors.add("subject.type", "INVALID_SUBJECT_TYPE");
			return check.identifier();
		}
		if (check.as(declared.get()).isEmpty()) {
			// say why the code is not an identifier of the declared type
			errors.add("subject.type", "SUBJECT_TYPE_MISMATCH", errors.message("identifier.kind." + declared.get()),
					errors.message("identifier.reason." + check.problemAs(declared.get()).orElseThrow()));
			return check.identifier();
		}
		// a code valid both ways is what the declared subject type says it is
		return check.as(declared.get()).orElseThrow();
	}
}
