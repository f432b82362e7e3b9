package io.gongxin.collection.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.collection.CorrectionCheck;
import io.gongxin.collection.InvalidCorrectionException;
import io.gongxin.collection.RecordError;
import io.gongxin.record.CreditRecord;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Corrections checked by the submission's own validation against the published catalog (R-11b, R-14). */
@Component
class CorrectionChecks implements CorrectionCheck {

	private final RecordValidation validation;

	private final Catalogs catalogs;

	private final MessageSource messages;

	private final java.time.Clock clock;

	CorrectionChecks(RecordValidation validation, Catalogs catalogs, MessageSource messages, java.time.Clock clock) {
		this.validation = validation;
		this.catalogs = catalogs;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Map<String, Object> check(CreditRecord record, Map<String, Object> correction, Locale locale) {
		CatalogItem item = catalogs.published().item(record.item()).orElseThrow(() -> new InvalidCorrectionException(
				List.of(new RecordError("item", "UNKNOWN_ITEM", messages.getMessage("record.error.UNKNOWN_ITEM",
						new Object[] { ColumnLabels.of("item", null, messages, locale) }, "UNKNOWN_ITEM", locale)))));
		RecordValidation.Corrected checked = validation.checkCorrection(item, record.fields(), correction,
				java.time.LocalDate.now(clock), locale);
		if (!checked.errors().isEmpty()) {
			throw new InvalidCorrectionException(checked.errors());
		}
		return checked.fields();
	}
}
