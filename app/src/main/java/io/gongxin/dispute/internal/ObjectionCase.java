package io.gongxin.dispute.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.catalog.CatalogField;
import io.gongxin.record.CreditRecord;
import io.gongxin.subject.Subject;

/**
 * Everything a party needs to decide or follow one objection (issue 14): the record as published, field by field
 * with the catalog's labels, whose it is (identifier masked), what the person said, the evidence, what happened
 * when, and the step now due with the working days left.
 *
 * @param record null for an objection about a missing record (遗漏)
 * @param due null once nothing more is due from anyone
 * @param review the centre's review of a disagreed objection, or null
 */
record ObjectionCase(Objection objection, String item, String itemName, Subject subject, CreditRecord record,
		List<Field> fields, List<Evidence> evidence, List<Event> timeline, Due due,
		ObjectionReview review) {

	/** A field of the item, with the record's value as published ("" when the record has none). */
	record Field(CatalogField field, String published) {
	}

	/** A step taken: the message key's last part ({@code objection.step.*}), its day, its reason or file. */
	record Event(String step, LocalDate on, String note) {
	}

	/**
	 * The step awaited: {@code COMPARE} by the centre, {@code VERIFY} by the provider, {@code REVIEW} by the centre
	 * (no statutory deadline: {@code by} is null).
	 */
	record Due(String step, LocalDate by, long workingDaysLeft, boolean provisional) {

		public boolean overdue() {
			return by != null && workingDaysLeft < 0;
		}
	}

	public boolean awaits(String step) {
		return due != null && due.step().equals(step);
	}

	/** evidence may be added while the objection is being handled, up to five files. */
	public boolean takesEvidence() {
		return (awaits("COMPARE") || awaits("VERIFY")) && evidence.size() < EvidenceUpload.MAX_PER_OBJECTION;
	}

	/** A field's label, or its name when the item has no such field. */
	String labelOf(String name) {
		return fields.stream().filter(f -> f.field().name().equals(name)).findFirst()
			.map(f -> f.field().label()).orElse(name);
	}
}
