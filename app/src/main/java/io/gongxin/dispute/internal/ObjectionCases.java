package io.gongxin.dispute.internal;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * Puts one objection's case together for its pages (issue 14 points 1 and 9): the record as published
 * ({@link PublishedFields}), the evidence, the timeline ({@link ObjectionTimeline}) and the step due.
 */
@Component
class ObjectionCases {

	private final Records records;

	private final Catalogs catalogs;

	private final Subjects subjects;

	private final EvidenceLists attachments;

	private final ObjectionTimeline timeline;

	private final ObjectionReviewsJdbc reviews;

	private final ObjectionDue due;

	ObjectionCases(Records records, Catalogs catalogs, Subjects subjects, EvidenceLists attachments, ObjectionTimeline timeline,
			ObjectionReviewsJdbc reviews, ObjectionDue due) {
		this.records = records;
		this.catalogs = catalogs;
		this.subjects = subjects;
		this.attachments = attachments;
		this.timeline = timeline;
		this.reviews = reviews;
		this.due = due;
	}

	ObjectionCase of(Objection objection) {
		CreditRecord record = objection.recordId() == null ? null : records.find(objection.recordId()).orElse(null);
		String code = objection.aboutOmission() ? objection.omission().item() : record == null ? null : record.item();
		CatalogItem item = code == null ? null : catalogs.published().item(code).orElse(null);
		Subject subject = subjects.find(objection.subject())
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		ObjectionReview review = reviews.reviewOf(objection.id()).orElse(null);
		return new ObjectionCase(objection, code, item == null ? code : item.name(), subject, record,
				PublishedFields.of(item, record), attachments.evidence(objection.id()), timeline.of(objection), due.of(objection, review),
				review);
	}
}
