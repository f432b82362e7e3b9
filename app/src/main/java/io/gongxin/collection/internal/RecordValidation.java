package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.ProhibitedData;
import io.gongxin.collection.RecordError;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectIdentifier;
import io.gongxin.subject.SubjectType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks one submitted record against the published catalog and the provider's permissions. Every
 * problem is reported (not only the first), each with its field, a stable code and a message in the
 * caller's language. Nothing outside the catalog gets through (R-11b, R-14), nothing outside the scope
 * of Articles 12 and 13 (R-12, R-13: {@link CollectionScope}), and no record about a person under 18 on the
 * record's date.
 */
@Component
class RecordValidation {

	static final int MAX_SOURCE_REF = 128;

	/** A subject's name as registered; the longest registered names are well under this. */
	static final int MAX_SUBJECT_NAME = 200;

	private final Identifiers identifiers;

	private final Timeliness timeliness;

	private final MessageSource messages;

	RecordValidation(Identifiers identifiers, Timeliness timeliness, MessageSource messages) {
		this.identifiers = identifiers;
		this.timeliness = timeliness;
		this.messages = messages;
	}

	/** What a check needs to know besides the record. */
	record Context(CatalogDocument catalog, Set<String> permittedItems, LocalDate today, Locale locale) {
	}

	/** Either the valid record or its errors. */
	record Checked(ValidRecord record, List<RecordError> errors) {

		boolean valid() {
			return errors.isEmpty();
		}
	}

	Checked check(RawRecord raw, Context context) {
		Errors errors = new Errors(context.locale());
		String sourceRef = text(raw.sourceRef());
		if (sourceRef == null) {
			errors.add("sourceRef", "REQUIRED");
		}
		else if (sourceRef.length() > MAX_SOURCE_REF) {
			errors.add("sourceRef", "TOO_LONG");
		}
		String subjectName = text(raw.subjectName());
		if (subjectName != null && subjectName.length() > MAX_SUBJECT_NAME) {
			errors.add("subject.name", "TOO_LONG");
		}
		Optional<CatalogItem> item = item(raw, context, errors);
		item.ifPresent(errors::labelsFrom);
		SubjectIdentifier subject = subject(raw, item, errors);
		LocalDate occurredOn = date(raw.occurredOn(), "occurredOn", true, context, errors);
		LocalDate endedOn = date(raw.endedOn(), "endedOn", false, context, errors);
		if (occurredOn != null && endedOn != null && endedOn.isBefore(occurredOn)) {
			errors.add("endedOn", "ENDED_BEFORE_OCCURRED");
		}
		if (subject instanceof ResidentIdNumber person && occurredOn != null && !person.adultOn(occurredOn)) {
			errors.add("subject.id", "MINOR_SUBJECT");
		}
		Map<String, Object> fields = item.map(i -> fields(raw.fields(), i, errors)).orElse(Map.of());
		if (errors.list.isEmpty()) {
			CollectionScope.check(item.orElseThrow(), fields, context.today())
				.forEach(out -> errors.add(out.field(), out.code()));
		}
		if (!errors.list.isEmpty()) {
			return new Checked(null, errors.list);
		}
		CatalogItem valid = item.orElseThrow();
		Boolean late = timeliness.late(valid, fields, occurredOn, context.today());
		return new Checked(new ValidRecord(valid, sourceRef, subject, text(raw.subjectName()), occurredOn, endedOn,
				fields, late), List.of());
	}

	private Optional<CatalogItem> item(RawRecord raw, Context context, Errors errors) {
		String code = text(raw.item());
		if (code == null) {
			errors.add("item", "REQUIRED");
			return Optional.empty();
		}
		Optional<CatalogItem> item = context.catalog().item(code);
		if (item.isEmpty()) {
			errors.add("item", "UNKNOWN_ITEM");
		}
		else if (!context.permittedItems().contains(code)) {
			errors.add("item", "ITEM_NOT_PERMITTED");
			return Optional.empty();
		}
		return item;
	}

	private SubjectIdentifier subject(RawRecord raw, Optional<CatalogItem> item, Errors errors) {
		String id = text(raw.subjectId());
		if (id == null) {
			errors.add("subject.id", "REQUIRED");
			return null;
		}
		IdentifierCheck check = identifiers.check(id);
		if (!check.valid()) {
			errors.add("subject.id", "INVALID_IDENTIFIER");
			return null;
		}
		SubjectIdentifier identifier = check.identifier();
		String type = text(raw.subjectType());
		if (type != null) {
			Optional<SubjectType> declared = SubjectTypes.parse(type);
			if (declared.isEmpty()) {
				errors.add("subject.type", "INVALID_SUBJECT_TYPE");
			}
			else if (check.as(declared.get()).isEmpty()) {
				// say why the code is not an identifier of the declared type
				errors.add("subject.type", "SUBJECT_TYPE_MISMATCH",
						errors.message("identifier.kind." + declared.get()),
						errors.message("identifier.reason." + check.problemAs(declared.get()).orElseThrow()));
			}
			else {
				// a code valid both ways is what the declared subject type says it is
				identifier = check.as(declared.get()).orElseThrow();
			}
		}
		if (item.isPresent() && !item.get().allows(identifier.subjectType())) {
			errors.add("subject.type", "SUBJECT_TYPE_NOT_ALLOWED");
		}
		return identifier;
	}

	private LocalDate date(Object value, String field, boolean required, Context context, Errors errors) {
		if (FieldValues.isBlank(value)) {
			if (required) {
				errors.add(field, "REQUIRED");
			}
			return null;
		}
		Optional<LocalDate> date = FieldValues.date(value);
		if (date.isEmpty()) {
			errors.add(field, "INVALID_DATE");
			return null;
		}
		if (date.get().isAfter(context.today()) || date.get().getYear() < 1900) {
			errors.add(field, "DATE_OUT_OF_RANGE");
			return null;
		}
		return date.get();
	}

	private Map<String, Object> fields(Object submitted, CatalogItem item, Errors errors) {
		if (!(submitted instanceof Map<?, ?> map)) {
			errors.add("fields", "INVALID_VALUE");
			return Map.of();
		}
		Map<String, Object> out = entries(map, item, errors);
		required(item, out.keySet(), errors);
		return out;
	}

	/**
	 * A correction of a stored record: each corrected field is checked exactly as in a submission; a blank
	 * value removes an optional field (so private details can be taken out), never a required one; and the
	 * corrected record must still be in the collection's scope, as a submission must.
	 */
	Corrected checkCorrection(CatalogItem item, Map<String, Object> stored, Map<?, ?> correction, LocalDate today,
			Locale locale) {
		Errors errors = new Errors(locale);
		errors.labelsFrom(item);
		Map<String, Object> merged = new LinkedHashMap<>(stored);
		merged.putAll(entries(correction, item, errors));
		for (Map.Entry<?, ?> entry : correction.entrySet()) {
			if (FieldValues.isBlank(entry.getValue())) {
				item.fieldByHeader(String.valueOf(entry.getKey())).ifPresent(f -> merged.remove(f.name()));
			}
		}
		required(item, merged.keySet(), errors);
		if (errors.list.isEmpty()) {
			CollectionScope.check(item, merged, today).forEach(out -> errors.add(out.field(), out.code()));
		}
		return new Corrected(errors.list.isEmpty() ? merged : null, errors.list);
	}

	/** Either the record's whole corrected fields, normalised, or the errors. */
	record Corrected(Map<String, Object> fields, List<RecordError> errors) {
	}

	private Map<String, Object> entries(Map<?, ?> map, CatalogItem item, Errors errors) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String name = String.valueOf(entry.getKey());
			Optional<CatalogField> field = item.fieldByHeader(name);
			// a published catalog holds no prohibited field (CatalogValidation), so only unknown names need the check
			if (field.isEmpty() && ProhibitedData.termIn(name).isPresent()) {
				errors.add("fields." + name, "PROHIBITED_FIELD");
				continue;
			}
			if (field.isEmpty()) {
				errors.add("fields." + name, "UNKNOWN_FIELD");
				continue;
			}
			if (FieldValues.isBlank(entry.getValue())) {
				continue;
			}
			FieldValues.Converted converted = FieldValues.convert(field.get(), entry.getValue(), identifiers);
			if (converted.error() != null) {
				errors.add("fields." + field.get().name(), converted.error());
			}
			else if (carriesResidentId(field.get(), converted.value())) {
				// R-31, DESIGN.md: a person's number only ever enters through an identifier field, masked or encrypted
				errors.add("fields." + field.get().name(), "ID_NUMBER_IN_TEXT");
			}
			else {
				out.put(field.get().name(), converted.value());
			}
		}
		return out;
	}

	/** A valid resident id number written into a free-text field, where it would be kept and shown in clear. */
	private boolean carriesResidentId(CatalogField field, Object value) {
		if (field.type() != io.gongxin.catalog.FieldType.STRING && field.type() != io.gongxin.catalog.FieldType.TEXT) {
			return false;
		}
		return io.gongxin.platform.ResidentIdMask.candidates(String.valueOf(value)).stream()
			.anyMatch(token -> identifiers.check(token).as(io.gongxin.subject.SubjectType.NATURAL_PERSON).isPresent());
	}

	private void required(CatalogItem item, Set<String> present, Errors errors) {
		for (CatalogField field : item.fields()) {
			if (field.required() && !present.contains(field.name())
					&& errors.list.stream().noneMatch(e -> e.field().equals("fields." + field.name()))) {
				errors.add("fields." + field.name(), "REQUIRED");
			}
		}
	}

	static String text(Object value) {
		if (value == null || value instanceof Map || value instanceof java.util.Collection) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	/** Collects errors with their messages. */
	private final class Errors {

		private final List<RecordError> list = new ArrayList<>();

		private final Locale locale;

		private CatalogItem item;

		Errors(Locale locale) {
			this.locale = locale;
		}

		void labelsFrom(CatalogItem item) {
			this.item = item;
		}

		void add(String field, String code, Object... details) {
			Object[] args = new Object[details.length + 1];
			// the message names the column as the person sees it (罚款金额), the API's field key stays as it is
			args[0] = ColumnLabels.of(field, item, messages, locale);
			System.arraycopy(details, 0, args, 1, details.length);
			list.add(new RecordError(field, code, messages.getMessage("record.error." + code, args, code, locale)));
		}

		String message(String key) {
			return messages.getMessage(key, null, key, locale);
		}
	}
}
