package io.gongxin.collection;

import java.util.Locale;
import java.util.Map;

import io.gongxin.record.CreditRecord;

/**
 * Checks a correction of a stored record (objection handling, R-29) exactly as a submission of that record
 * is checked against the published catalog: field names and labels, types, required fields, unknown and
 * prohibited fields, identifiers kept masked. A correction is the only way besides a submission to
 * change a record's fields, so nothing a submission would refuse may enter this way.
 */
public interface CorrectionCheck {

	/**
	 * The record's fields as corrected: the stored ones with the correction's applied, normalised to the catalog's
	 * names and types, a blank optional field removed; ready for {@link io.gongxin.record.Records#correct}.
	 * @throws InvalidCorrectionException (400) with every error, as {@code POST /records} reports them
	 */
	Map<String, Object> check(CreditRecord record, Map<String, Object> correction, Locale locale);
}
