package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.ProhibitedData;
import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordError;

/**
 * What each column of a spreadsheet holds, read from its header: the record's own columns ({@link RecordColumns}),
 * then the item's fields by name or label. A column that is prohibited, unknown or repeated fails the file.
 */
final class ColumnMap {

	/**
	 * The columns an error report adds after the template's: read by the person, ignored on upload, so the mended
	 * report can be sent back as it is.
	 */
	static final List<String> REPORT_COLUMNS = List.of("错误说明", "错误代码", "原行号");

	private final Map<Integer, String> recordColumns = new LinkedHashMap<>();

	private final Map<Integer, CatalogField> fieldColumns = new LinkedHashMap<>();

	private ColumnMap() {
	}

	static ColumnMap of(List<String> header, CatalogItem item) {
		ColumnMap map = new ColumnMap();
		List<RecordError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
			if (name.isEmpty() || REPORT_COLUMNS.contains(name)) {
				continue;
			}
			String role = RecordColumns.BY_HEADER.get(name);
			Optional<CatalogField> field = item.fieldByHeader(name);
			String key = role != null ? role : field.map(CatalogField::name).orElse(name);
			if (!seen.add(key)) {
				errors.add(new RecordError(name, "DUPLICATE_COLUMN", "列重复：" + name));
			}
			else if (role != null) {
				map.recordColumns.put(i, role);
			}
			else if (ProhibitedData.termIn(name).isPresent()) {
				errors.add(new RecordError(name, "PROHIBITED_FIELD", "依法禁止归集的信息（R-14）：" + name));
			}
			else if (field.isPresent()) {
				map.fieldColumns.put(i, field.get());
			}
			else {
				errors.add(new RecordError(name, "UNKNOWN_FIELD", "目录中没有该列，目录以外的信息不予归集：" + name));
			}
		}
		for (String required : List.of("sourceRef", "subjectId", "occurredOn")) {
			if (!map.recordColumns.containsValue(required)) {
				errors.add(new RecordError(required, "MISSING_COLUMN",
						"缺少必需的列：" + required + "（" + RecordColumns.label(required) + "）"));
			}
		}
		if (!errors.isEmpty()) {
			throw new BatchFileException("INVALID_HEADER", 1, errors);
		}
		return map;
	}

	/** The record this row's cells make; cell values are as read. */
	RawRecord record(Map<Integer, Object> cells, String item) {
		// the item's fields: genuinely a map, keyed by the catalog's field names
		Map<String, Object> fields = new LinkedHashMap<>();
		fieldColumns.forEach((column, field) -> fields.put(field.name(), cells.get(column)));
		return new RawRecord(item, cell(cells, "sourceRef"), cell(cells, "subjectType"), cell(cells, "subjectId"),
				cell(cells, "subjectName"), cell(cells, "occurredOn"), cell(cells, "endedOn"), fields);
	}

	/** The row's cell in the column of this role (the last such column, as a header naming one twice reads). */
	private Object cell(Map<Integer, Object> cells, String role) {
		Object value = null;
		for (Map.Entry<Integer, String> column : recordColumns.entrySet()) {
			if (column.getValue().equals(role)) {
				value = cells.get(column.getKey());
			}
		}
		return value;
	}

	/** The column's name in the record ({@code subjectId}, {@code fields.amount}), for errors. */
	String nameOf(int column) {
		if (recordColumns.containsKey(column)) {
			return recordColumns.get(column).equals("subjectId") ? "subject.id" : recordColumns.get(column);
		}
		CatalogField field = fieldColumns.get(column);
		return field == null ? null : "fields." + field.name();
	}

	/** Whether the column holds an identifier, which a spreadsheet must keep as text. */
	boolean holdsIdentifier(int column) {
		return "subjectId".equals(recordColumns.get(column))
				|| (fieldColumns.containsKey(column) && fieldColumns.get(column).type() == FieldType.IDENTIFIER);
	}

	boolean holdsDate(int column) {
		String role = recordColumns.get(column);
		return "occurredOn".equals(role) || "endedOn".equals(role)
				|| (fieldColumns.containsKey(column) && fieldColumns.get(column).type() == FieldType.DATE);
	}

	int width() {
		int max = -1;
		for (int column : recordColumns.keySet()) {
			max = Math.max(max, column);
		}
		for (int column : fieldColumns.keySet()) {
			max = Math.max(max, column);
		}
		return max + 1;
	}
}
