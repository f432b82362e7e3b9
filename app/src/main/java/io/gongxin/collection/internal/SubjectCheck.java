package io.gongxin.collection.internal;

import java.util.Optional;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RawRecord;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;

import org.springframework.stereotype.Component;

/**
 * A record's subject: a valid identifier, of the declared type when one is declared, of a type the item
 * allows.
 */
@Component
class SubjectCheck {

	private final Identifiers identifiers;

	SubjectCheck(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	/** The subject's identifier, or null (with the errors added) when there is none to use. */
	SubjectIdentifier subject(RawRecord raw, Optional<CatalogItem> item, RecordErrors errors) {
		String id = CommonParts.text(raw.subjectId());
		if (id == null) {
			errors.add("subject.id", "REQUIRED");
			return null;
		}
		IdentifierCheck check = identifiers.check(id);
		if (!check.valid()) {
			errors.add("subject.id", "INVALID_IDENTIFIER");
			return null;
		}
		SubjectIdentifier identifier = declared(check, CommonParts.text(raw.subjectType()), errors);
		if (item.isPresent() && !item.get().allows(identifier.subjectType())) {
			errors.add("subject.type", "SUBJECT_TYPE_NOT_ALLOWED");
		}
		return identifier;
	}

	/** The identifier as the declared subject type says it is, or as the check read it. */
	private static SubjectIdentifier declared(IdentifierCheck check, String type, RecordErrors errors) {
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
