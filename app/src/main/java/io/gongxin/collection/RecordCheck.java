package io.gongxin.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.gongxin.catalog.CatalogDocument;

/**
 * Checks one record as it arrived (an element of {@code POST /records}, a row of a batch file) against the
 * published catalog and the provider's permitted items: every problem reported, each with its field, a stable code
 * and a message in the caller's language (R-05, R-10, R-11b, R-12, R-13, R-14, R-31). The batch pipeline checks its
 * rows with exactly the checks a submission gets.
 */
public interface RecordCheck {

	/** What a check needs to know besides the record. */
	record Context(CatalogDocument catalog, Set<String> permittedItems, LocalDate today, Locale locale) {
	}

	/** Either the valid record or its errors. */
	record Checked(ValidRecord record, List<RecordError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}
	}

	/** What the provider's records are checked against now: the published catalog, its items, today. */
	Context contextFor(String provider, Locale locale);

	Checked check(RawRecord raw, Context context);

	/** The error of a record whose source reference names a record the provider revoked (stored never again). */
	RecordError revokedSourceRef(Locale locale);
}
