package io.gongxin.batch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RecordError;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Rows of the first sheet of an XLSX file, streamed (FastExcel reader), each cell read by {@link XlsxCells}.
 */
final class XlsxRows implements RowSource {

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private final ColumnMap columns;

	private final String item;

	XlsxRows(Path file, CatalogItem item, long maxEntry) throws IOException {
		ZipBombGuard.check(file, maxEntry);
		try {
			this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
			this.stream = workbook.getFirstSheet().openStream();
		}
		catch (IOException | RuntimeException ex) {
			throw new BatchFileException("NOT_A_SPREADSHEET", 1);
		}
		this.rows = stream.iterator();
		this.item = item.code();
		if (!safeHasNext()) {
			close();
			throw new BatchFileException("EMPTY_FILE", 1);
		}
		Row header = rows.next();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < header.getCellCount(); i++) {
			names.add(header.getCellText(i));
		}
		this.columns = ColumnMap.of(names, item);
	}

	@Override
	public SourceRow next() {
		while (safeHasNext()) {
			Row row = rows.next();
			Map<Integer, Object> cells = new HashMap<>();
			List<RecordError> errors = new ArrayList<>();
			for (int i = 0; i < Math.min(row.getCellCount(), columns.width()); i++) {
				Cell cell = row.getCell(i);
				String name = columns.nameOf(i);
				if (cell == null || name == null) {
					continue;
				}
				Object value = XlsxCells.value(cell, columns, i, errors);
				if (value != null) {
					cells.put(i, value);
				}
			}
			if (cells.isEmpty() && errors.isEmpty()) {
				continue;
			}
			return new SourceRow(row.getRowNum(), columns.record(cells, item), errors);
		}
		return null;
	}

	private boolean safeHasNext() {
		try {
			return rows.hasNext();
		}
		catch (RuntimeException ex) {
			throw new BatchFileException("MALFORMED_FILE", 0);
		}
	}

	@Override
	public void close() throws IOException {
		if (stream != null) {
			stream.close();
		}
		workbook.close();
	}
}
