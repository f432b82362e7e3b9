package io.gongxin.collection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.collection.InvalidCorrectionException;
import io.gongxin.record.CreditRecord;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Corrections checked by the submission's own field checks against the published catalog (R-11b, R-14, R-29): each
 * corrected field is checked exactly as in a submission; a blank value removes an optional field (so private
 * details can be taken out), never a required one; and the corrected record must still be in the collection's
 * scope, as a submission must ({@link CorrectedFields}).
 */
@Component
class CorrectionChecks implements CorrectionCheck {

	private final CorrectedFields corrected;

	private final Catalogs catalogs;

	private final MessageSource messages;

	private final Clock clock;

	CorrectionChecks(CorrectedFields corrected, Catalogs catalogs, MessageSource messages, Clock clock) {
		this.corrected = corrected;
		this.catalogs = catalogs;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Map<String, Object> check(CreditRecord record, Map<String, Object> correction, Locale locale) {
		RecordErrors errors = new RecordErrors(messages, locale);
		CatalogItem item = catalogs.published().item(record.item()).orElse(null);
		if (item == null) {
			errors.add("item", "UNKNOWN_ITEM");
			throw new InvalidCorrectionException(errors.list());
		}
		Map<String, Object> merged = corrected.corrected(item, record.fields(), correction, LocalDate.now(clock), errors);
		if (!errors.none()) {
			throw new InvalidCorrectionException(errors.list());
		}
		return merged;
	}
}
