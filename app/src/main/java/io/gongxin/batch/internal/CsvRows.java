package io.gongxin.batch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV file in UTF-8 (with or without BOM) or GB18030, detected. A row with more or fewer
 * cells than the header, and a cell that is a formula, are row errors; the file goes on. A cell or a
 * record beyond 16 Mi characters (quoted line breaks included) fails the batch ({@link BoundedCsvCells}).
 */
final class CsvRows implements RowSource {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final ColumnMap columns;

	private final String item;

	private final int headerSize;

	CsvRows(Path file, CatalogItem item) throws IOException {
		Charset charset = Encodings.detect(file);
		BufferedReader reader = new BufferedReader(
				new BoundedCsvCells(new InputStreamReader(Files.newInputStream(file), charset)));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		this.parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get().parse(reader);
		this.records = parser.iterator();
		this.item = item.code();
		if (!safeHasNext()) {
			parser.close();
			throw new BatchFileException("EMPTY_FILE", 1);
		}
		List<String> header = records.next().toList();
		this.headerSize = header.size();
		this.columns = ColumnMap.of(header, item);
	}

	@Override
	public SourceRow next() {
		while (safeHasNext()) {
			CSVRecord record = records.next();
			int row = (int) record.getRecordNumber();
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			List<RecordError> errors = new ArrayList<>();
			if (record.size() != headerSize) {
				errors.add(new RecordError("row", "ROW_MALFORMED", "该行有" + record.size() + "列，表头有" + headerSize + "列"));
			}
			Map<Integer, Object> cells = new HashMap<>();
			for (int i = 0; i < record.size(); i++) {
				String value = record.get(i);
				if (value.startsWith("=") && columns.nameOf(i) != null) {
					errors.add(new RecordError(columns.nameOf(i), "FORMULA_NOT_ALLOWED", "单元格不得包含公式"));
				}
				cells.put(i, value);
			}
			return new SourceRow(row, columns.record(cells, item), errors);
		}
		return null;
	}

	private boolean safeHasNext() {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			if (ex.getCause() instanceof BatchFileException file) {
				throw file;
			}
			throw new BatchFileException("MALFORMED_FILE", (int) parser.getRecordNumber() + 1);
		}
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
