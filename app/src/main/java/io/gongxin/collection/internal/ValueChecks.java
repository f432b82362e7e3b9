package io.gongxin.collection.internal;

import java.util.Optional;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.FieldType;
import io.gongxin.platform.ResidentIdMask;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.SubjectType;

import org.springframework.stereotype.Component;

/**
 * One submitted value against its catalog field: of the field's type ({@link FieldValues}), and no resident
 * id number in a free-text field.
 */
@Component
class ValueChecks {

	private final Identifiers identifiers;

	ValueChecks(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	/** The value converted to the field's type; empty, with its error added, when it cannot be kept. */
	Optional<Object> convert(CatalogField field, Object value, RecordErrors errors) {
		ConvertedValue converted = FieldValues.convert(field, value, identifiers);
		if (converted.error() != null) {
			errors.add("fields." + field.name(), converted.error());
			return Optional.empty();
		}
		if (carriesResidentId(field, converted.value())) {
			// R-31, DESIGN.md: a person's number only ever enters through an identifier field, masked or encrypted
			errors.add("fields." + field.name(), "ID_NUMBER_IN_TEXT");
			return Optional.empty();
		}
		return Optional.of(converted.value());
	}

	/** A valid resident id number written into a free-text field, where it would be kept and shown in clear. */
	private boolean carriesResidentId(CatalogField field, Object value) {
		if (field.type() != FieldType.STRING && field.type() != FieldType.TEXT) {
			return false;
		}
		return ResidentIdMask.candidates(String.valueOf(value))
			.stream()
			.anyMatch(token -> identifiers.check(token).as(SubjectType.NATURAL_PERSON).isPresent());
	}
}
