package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordError;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a failed file's errors: a bare code given its message, a header of another item naming that item. */
@Component
class FileErrorTexts {

	private final MessageSource messages;

	FileErrorTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The file's errors at the row where reading stopped, each with its message. */
	List<RowError> rowErrors(BatchFileException ex) {
		return ex.errors()
			.stream()
			.map(e -> new RowError(ex.row(), new RecordError(e.field(), e.code(),
					e.message().equals(e.code()) ? message(e.code()) : e.message())))
			.toList();
	}

	/** A header whose columns are mostly another item's names that item (see {@link ItemSuggestion}). */
	BatchFileException withSuggestion(BatchFileException ex, CatalogItem item, CatalogDocument catalog) {
		if (!"INVALID_HEADER".equals(ex.code())) {
			return ex;
		}
		return ItemSuggestion.of(ex.errors(), item, catalog).map(other -> {
			List<RecordError> errors = new ArrayList<>(ex.errors());
			errors.add(0, new RecordError("file", ItemSuggestion.CODE, messages.getMessage("batch.error.ITEM_SUGGESTED",
					new Object[] { item.name(), other.name(), other.code() }, Locale.SIMPLIFIED_CHINESE)));
			return new BatchFileException(ex.code(), ex.row(), errors);
		}).orElse(ex);
	}

	private String message(String code) {
		return messages.getMessage("batch.error." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}
}
