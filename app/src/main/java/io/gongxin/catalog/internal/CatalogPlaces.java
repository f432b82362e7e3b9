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
		Cursor at = new Cursor();
		for (String step : path.split("\\.")) {
			Matcher m = STEP.matcher(step);
			if (!m.matches()) {
				words.add(step);
				continue;
			}
			String name = m.group(1);
			if (m.group(2) == null) {
				words.add(word("catalog.place.key." + (at.inField && name.equals("name") ? "fieldName" : name), name, locale));
			}
			else {
				words.add(indexed(name, Integer.parseInt(m.group(2)), document, at, locale));
			}
		}
		return String.join(" › ", words);
	}

	/** Where the path has got to: the item or matter it is in, and whether inside a field. */
	private static final class Cursor {

		CatalogItem item;

		Matter matter;

		boolean inField;
	}

	/** A step with an index ({@code items[2]}): the item, field or matter it names, by number and name. */
	private String indexed(String name, int index, CatalogDocument document, Cursor at, java.util.Locale locale) {
		if (name.equals("items") && at.matter == null) {
			CatalogItem item = document == null || index >= document.items().size() ? null : document.items().get(index);
			at.item = item;
			return word("catalog.place.item", locale, index + 1, item == null ? "" : item.code(),
					item == null || item.name() == null ? "" : "（" + item.name() + "）");
		}
		if (name.equals("fields")) {
			at.inField = true;
			CatalogField field = at.item == null || index >= at.item.fields().size() ? null : at.item.fields().get(index);
			return word("catalog.place.field", locale, index + 1, field == null || field.name() == null ? "" : field.name(),
					field == null || field.label() == null ? "" : "（" + field.label() + "）");
		}
		if (name.equals("matters")) {
			Matter matter = document == null || index >= document.matters().size() ? null : document.matters().get(index);
			at.matter = matter;
			return word("catalog.place.matter", locale, index + 1, matter == null ? "" : matter.code(),
					matter == null || matter.name() == null ? "" : "（" + matter.name() + "）");
		}
		if (name.equals("measures")) {
			return word("catalog.place.measure", locale, index + 1);
		}
		return word("catalog.place.key." + name, name, locale) + " " + (index + 1);
	}

	private String word(String key, java.util.Locale locale, Object... args) {
		return messages.getMessage(key, args, locale).replaceAll("\\s+", " ").strip();
	}

	private String word(String key, String fallback, java.util.Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
