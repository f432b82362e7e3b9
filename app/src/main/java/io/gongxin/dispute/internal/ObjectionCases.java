package io.gongxin.dispute.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/** Puts one objection's case together for its pages (issue 14 points 1 and 9). */
@Component
class ObjectionCases {

	private final Records records;

	private final Catalogs catalogs;

	private final Subjects subjects;

	private final Attachments attachments;

	private final ObjectionSteps steps;

	private final ObjectionsJdbc objections;

	private final ObjectionCalendar calendar;

	ObjectionCases(Records records, Catalogs catalogs, Subjects subjects, Attachments attachments, ObjectionSteps steps,
			ObjectionsJdbc objections, ObjectionCalendar calendar) {
		this.records = records;
		this.catalogs = catalogs;
		this.subjects = subjects;
		this.attachments = attachments;
		this.steps = steps;
		this.objections = objections;
		this.calendar = calendar;
	}

	ObjectionCase of(Objection objection) {
		CreditRecord record = objection.recordId() == null ? null : records.find(objection.recordId()).orElse(null);
		String code = objection.aboutOmission() ? objection.omission().item() : record == null ? null : record.item();
		CatalogItem item = code == null ? null : catalogs.published().item(code).orElse(null);
		Subject subject = subjects.find(objection.subject())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		ObjectionsJdbc.Review review = objections.reviewOf(objection.id()).orElse(null);
		return new ObjectionCase(objection, code, item == null ? code : item.name(), subject, record,
				fields(item, record), attachments.evidence(objection.id()), timeline(objection), calendar.due(objection, review),
				review);
	}

	/** Each field of the item in the catalog's order, with the value as published. */
	private static List<ObjectionCase.Field> fields(CatalogItem item, CreditRecord record) {
		if (item == null || record == null) {
			return List.of();
		}
		Map<String, Object> published = record.fields();
		return item.fields().stream()
			.map(field -> new ObjectionCase.Field(field,
					published.get(field.name()) == null ? "" : String.valueOf(published.get(field.name()))))
			.toList();
	}

	private List<ObjectionCase.Event> timeline(Objection objection) {
		List<ObjectionCase.Event> events = new ArrayList<>();
		events.add(new ObjectionCase.Event(objection.consent() != null ? "RECEIVED_AT_COUNTER" : "RECEIVED",
				objection.receivedOn(), null));
		if (objection.forwardedOn() != null) {
			events.add(new ObjectionCase.Event("FORWARDED", objection.forwardedOn(), objection.provider()));
		}
		steps.of(objection).forEach(step -> events.add(new ObjectionCase.Event(step.step(), step.on(), step.note())));
		// receipt first whatever the days say (a demo objection entered as of a later day), the rest by day
		events.subList(1, events.size()).sort(java.util.Comparator.comparing(ObjectionCase.Event::on));
		return events;
	}
}
