package io.gongxin.dispute.internal;

import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.record.CreditRecord;
import io.gongxin.record.Records;

import org.springframework.stereotype.Component;

/** R-29b: the record corrected by the provider's answer to an objection, checked like a submission first. */
@Component
class ProviderCorrection {

	private final Records records;

	private final CorrectionCheck corrections;

	ProviderCorrection(Records records, CorrectionCheck corrections) {
		this.records = records;
		this.corrections = corrections;
	}

	/** Whether the record was corrected: only upheld, with a correction that changes a field. */
	boolean corrected(Caller provider, Objection objection, boolean upheld, Map<String, Object> correction,
			Locale locale) {
		CreditRecord record = records.find(objection.recordId()).orElseThrow();
		// R-29b, R-14: checked like a submission before anything changes; a bad correction changes nothing, and
		// one that leaves every field as it was is no correction: the upheld record is then withdrawn
		Map<String, Object> fields = upheld && correction != null && !correction.isEmpty()
				? corrections.check(record, correction, locale) : record.fields();
		boolean corrected = !fields.equals(record.fields());
		if (corrected) {
			records.correct(record.id(), fields, "异议 " + objection.id() + " 核查更正 / corrected by the provider",
					provider.username());
		}
		return corrected;
	}
}
