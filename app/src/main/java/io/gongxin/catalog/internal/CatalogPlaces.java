package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Matter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says in words where in a catalog document an error is: {@code items[3].fields[1].name} becomes
 * "信息项 ADMIN_PENALTY（行政处罚） › 字段 amount（罚款金额） › 字段名", so the centre finds it in the text it edits.
 */
@Component
class CatalogPlaces {

	private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)\\])?");

	private final MessageSource messages;

	CatalogPlaces(MessageSource messages) {
		this.messages = messages;
	}

	/** The place of {@code path} in {@code document} (which may be null when the text did not parse). */
	String place(String path, CatalogDocument document, java.util.Locale locale) {
		List<String> words = new ArrayList<>();
		CatalogItem item = null;
		Matter matter = null;
		boolean inField = false;
		for (String step : path.split("\\.")) {
			Matcher m = STEP.matcher(step);
			if (!m.matches()) {
				words.add(step);
				continue;
			}
			String name = m.group(1);
			Integer index = m.group(2) == null ? null : Integer.valueOf(m.group(2));
			if (index == null) {
				words.add(word("catalog.place.key." + (inField && name.equals("name") ? "fieldName" : name), name, locale));
			}
			else if (name.equals("items") && matter == null) {
				item = document == null || index >= document.items().size() ? null : document.items().get(index);
				words.add(word("catalog.place.item", locale, index + 1, item == null ? "" : item.code(),
						item == null || item.name() == null ? "" : "（" + item.name() + "）"));
			}
			else if (name.equals("fields")) {
				inField = true;
				CatalogField field = item == null || index >= item.fields().size() ? null : item.fields().get(index);
				words.add(word("catalog.place.field", locale, index + 1, field == null || field.name() == null ? "" : field.name(),
						field == null || field.label() == null ? "" : "（" + field.label() + "）"));
			}
			else if (name.equals("matters")) {
				matter = document == null || index >= document.matters().size() ? null : document.matters().get(index);
				words.add(word("catalog.place.matter", locale, index + 1, matter == null ? "" : matter.code(),
						matter == null || matter.name() == null ? "" : "（" + matter.name() + "）"));
			}
			else if (name.equals("measures")) {
				words.add(word("catalog.place.measure", locale, index + 1));
			}
			else {
				words.add(word("catalog.place.key." + name, name, locale) + " " + (index + 1));
			}
		}
		return String.join(" › ", words);
	}

	private String word(String key, java.util.Locale locale, Object... args) {
		return messages.getMessage(key, args, locale).replaceAll("\\s+", " ").strip();
	}

	private String word(String key, String fallback, java.util.Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
