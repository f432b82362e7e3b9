package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Locale;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogError;
import io.gongxin.catalog.CatalogValidation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * a catalog draft as the centre edits it, structured text (JSON) in a text area, read and validated with
 * {@link CatalogValidation}; every error is given with its place in words, a text that does not parse with its line
 * and column.
 */
@Component
class CatalogDraftText {

	/** The shipped catalog is about 60 000 characters as text; room for several times that, no more. */
	static final int MAX_CHARS = 400_000;

	private final ObjectMapper json;

	private final CatalogPlaces places;

	private final MessageSource messages;

	CatalogDraftText(ObjectMapper json, CatalogPlaces places, MessageSource messages) {
		this.json = json;
		this.places = places;
		this.messages = messages;
	}

	String write(CatalogDocument document) {
		return json.writer().withDefaultPrettyPrinter().writeValueAsString(document);
	}

	CheckedDraft check(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return failed("", "catalog.draft.error.empty", "REQUIRED", locale);
		}
		if (text.length() > MAX_CHARS) {
			return failed("", "catalog.draft.error.tooLong", "TOO_LONG", locale, MAX_CHARS);
		}
		CatalogDocument document;
		try {
			document = json.readValue(text, CatalogDocument.class);
		}
		catch (JacksonException ex) {
			String place = ex.getPath().isEmpty() ? "" : places.place(path(ex.getPath()), null, locale);
			var where = ex.getLocation();
			return failed(place, "catalog.draft.error.syntax", "UNREADABLE", locale,
					where == null ? "?" : String.valueOf(where.getLineNr()),
					where == null ? "?" : String.valueOf(where.getColumnNr()));
		}
		if (document == null) {
			return failed("", "catalog.draft.error.empty", "REQUIRED", locale);
		}
		List<CatalogError> errors = CatalogValidation.validate(document);
		return new CheckedDraft(document, errors.stream()
			.map(e -> new CheckedDraft.PlacedError(places.place(e.path(), document, locale), e.message(), e.code()))
			.toList());
	}

	private CheckedDraft failed(String place, String key, String code, Locale locale, Object... args) {
		return new CheckedDraft(null,
				List.of(new CheckedDraft.PlacedError(place, messages.getMessage(key, args, locale), code)));
	}

	/** Jackson's path ({@code items}, 3, {@code category}) as the validation writes one: {@code items[3].category}. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
