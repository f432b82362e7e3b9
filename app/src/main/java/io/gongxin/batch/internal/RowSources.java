package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.file.Path;

import io.gongxin.catalog.CatalogItem;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Opens a batch file's rows with the reader of its format (CSV, XLSX, JSON Lines). */
@Component
class RowSources {

	private final ObjectMapper json;

	private final long maxEntry;

	RowSources(ObjectMapper json, @Value("${gongxin.batches.max-entry-size:256MB}") DataSize maxEntry) {
		this.json = json;
		this.maxEntry = maxEntry == null ? Long.MAX_VALUE : maxEntry.toBytes();
	}

	RowSource open(BatchFormat format, Path file, CatalogItem item) throws IOException {
		return switch (format) {
			case CSV -> new CsvRows(file, item);
			case XLSX -> new XlsxRows(file, item, maxEntry);
			case JSONL -> new JsonLinesRows(file, item.code(), json);
		};
	}
}
