package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.calendar.WorkingDays;
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

	private final WorkingDays workingDays;

	private final Clock clock;

	ObjectionCases(Records records, Catalogs catalogs, Subjects subjects, Attachments attachments, ObjectionSteps steps,
			ObjectionsJdbc objections, WorkingDays workingDays, Clock clock) {
		this.records = records;
		this.catalogs = catalogs;
		this.subjects = subjects;
		this.attachments = attachments;
		this.steps = steps;
		this.objections = objections;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	ObjectionCase of(Objection objection) {
		CreditRecord record = objection.recordId() == null ? null : records.find(objection.recordId()).orElse(null);
		String code = objection.aboutOmission() ? objection.omission().item() : record == null ? null : record.item();
		CatalogItem item = code == null ? null : catalogs.published().item(code).orElse(null);
		Subject subject = subjects.find(objection.subject())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		ObjectionsJdbc.Review review = objections.reviewOf(objection.id()).orElse(null);
		return new ObjectionCase(objection, code, item == null ? code : item.name(), subject, record,
				fields(item, record), attachments.evidence(objection.id()), timeline(objection), due(objection, review),
				review);
	}

	/** What an objection is about, in words: the item's name and whose record it is (issue 14: never "记录 96"). */
	record Label(String itemName, String subjectName) {
	}

	Label label(Objection objection) {
		String code = objection.aboutOmission() ? objection.omission().item()
				: records.find(objection.recordId()).map(CreditRecord::item).orElse(null);
		String itemName = code == null ? null : catalogs.published().item(code).map(CatalogItem::name).orElse(code);
		return new Label(itemName, subjects.find(objection.subject()).map(Subject::name).orElse(null));
	}

	/** The labels of the objections a queue lists, by objection id. */
	Map<Long, Label> labels(List<Map<String, Object>> queue) {
		Map<Long, Label> labels = new java.util.HashMap<>();
		for (Map<String, Object> entry : queue) {
			long id = ((Number) entry.get("id")).longValue();
			objections.find(id).ifPresent(objection -> labels.put(id, label(objection)));
		}
		return labels;
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

	/** R-29a, R-29b, R-WD: the step now due and its working days left on the (perhaps provisional) calendar. */
	private ObjectionCase.Due due(Objection objection, ObjectionsJdbc.Review review) {
		LocalDate today = LocalDate.now(clock);
		return switch (objection.status()) {
			case RECEIVED -> new ObjectionCase.Due("COMPARE", objection.compareBy(),
					workingDays.left(today, objection.compareBy()),
					workingDays.restsOnProvisional(objection.receivedOn(), objection.compareBy()));
			case FORWARDED -> new ObjectionCase.Due("VERIFY", objection.verifyBy(),
					workingDays.left(today, objection.verifyBy()),
					workingDays.restsOnProvisional(objection.forwardedOn(), objection.verifyBy()));
			case DISAGREED -> review == null ? new ObjectionCase.Due("REVIEW", null, 0, false) : null;
			default -> null;
		};
	}
}
