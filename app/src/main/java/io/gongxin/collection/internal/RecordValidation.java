package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordCheck;
import io.gongxin.collection.RecordError;
import io.gongxin.collection.ValidRecord;
import io.gongxin.subject.ResidentIdNumber;
import io.gongxin.subject.SubjectIdentifier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks one submitted record against the published catalog and the provider's permissions. Every
 * problem is reported (not only the first), each with its field, a stable code and a message in the
 * caller's language; the parts every record has are read by {@link CommonParts} and {@link RecordDates}.
 * Nothing outside the catalog gets through (R-11b, R-14: {@link FieldChecks}), nothing outside the scope of
 * Articles 12 and 13 (R-12, R-13: {@link CollectionScope}), and no record about a person under 18 on the
 * record's date.
 */
@Component
class RecordValidation implements RecordCheck {

	static final int MAX_SOURCE_REF = 128;

	/** A subject's name as registered; the longest registered names are well under this. */
	static final int MAX_SUBJECT_NAME = 200;

	private final SubjectCheck subjects;

	private final FieldChecks fields;

	private final Timeliness timeliness;

	private final MessageSource messages;

	private final ValidationContexts contexts;

	RecordValidation(SubjectCheck subjects, FieldChecks fields, Timeliness timeliness, MessageSource messages,
			ValidationContexts contexts) {
		this.contexts = contexts;
		this.subjects = subjects;
		this.fields = fields;
		this.timeliness = timeliness;
		this.messages = messages;
	}

	@Override
	public Context contextFor(String provider, Locale locale) {
		return contexts.of(provider, locale);
	}

	@Override
	public RecordError revokedSourceRef(Locale locale) {
		RecordErrors errors = new RecordErrors(messages, locale);
		errors.add("sourceRef", "RECORD_REVOKED");
		return errors.list().get(0);
	}

	@Override
	public Checked check(RawRecord raw, Context context) {
		RecordErrors errors = new RecordErrors(messages, context.locale());
		String sourceRef = CommonParts.bounded(raw.sourceRef(), "sourceRef", MAX_SOURCE_REF, true, errors);
		String subjectName = CommonParts.bounded(raw.subjectName(), "subject.name", MAX_SUBJECT_NAME, false, errors);
		Optional<CatalogItem> item = CommonParts.item(raw, context, errors);
		item.ifPresent(errors::labelsFrom);
		SubjectIdentifier subject = subjects.subject(raw, item, errors);
		RecordDates dates = RecordDates.of(raw, context, errors);
		LocalDate occurredOn = dates.occurredOn();
		if (subject instanceof ResidentIdNumber person && occurredOn != null && !person.adultOn(occurredOn)) {
			errors.add("subject.id", "MINOR_SUBJECT");
		}
		Map<String, Object> values = item.map(i -> fields.fields(raw.fields(), i, errors)).orElse(Map.of());
		if (errors.none()) {
			CollectionScope.check(item.orElseThrow(), values, context.today())
				.forEach(out -> errors.add(out.field(), out.code()));
		}
		if (!errors.none()) {
			return new Checked(null, errors.list());
		}
		CatalogItem valid = item.orElseThrow();
		Boolean late = timeliness.late(valid, values, occurredOn, context.today());
		return new Checked(
				new ValidRecord(valid, sourceRef, subject, subjectName, occurredOn, dates.endedOn(), values, late),
				List.of());
	}
}
