package io.gongxin.web.internal;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Catalog periods in words for pages ({@code ${@periods.text(i.queryPeriod())}}): {@code P5Y} reads "5 年" or
 * "5 years", {@code P1Y6M} "1 年 6 个月"; no period reads "—".
 */
@Component("periods")
public class PeriodTexts {

	private final MessageSource messages;

	PeriodTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String iso) {
		if (iso == null || iso.isBlank()) {
			return "—";
		}
		Period period;
		try {
			period = Period.parse(iso);
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
		List<String> parts = new ArrayList<>();
		add(parts, "period.years", period.getYears());
		add(parts, "period.months", period.getMonths());
		add(parts, "period.days", period.getDays());
		return parts.isEmpty() ? message("period.days", 0) : String.join(" ", parts);
	}

	private void add(List<String> parts, String key, int amount) {
		if (amount != 0) {
			parts.add(message(key, amount));
		}
	}

	private String message(String key, int amount) {
		return messages.getMessage(key, new Object[] { amount }, LocaleContextHolder.getLocale());
	}
}
