package io.gongxin.batch.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * One line of a JSON Lines file as a row: a line that is not a JSON object is a row error; a line without
 * {@code item} takes the batch's, one naming another item is refused (ITEM_MISMATCH).
 */
record JsonLine(int line, String text) {

	SourceRow row(String item, ObjectMapper json) {
		Object element;
		try {
			element = json.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			return new SourceRow(line, RawRecord.fromJson(null),
					List.of(new RecordError("row", "MALFORMED_JSON", "该行不是有效的 JSON 对象")));
		}
		if (!(element instanceof Map<?, ?> map)) {
			return new SourceRow(line, RawRecord.fromJson(null),
					List.of(new RecordError("row", "MALFORMED_JSON", "该行不是 JSON 对象")));
		}
		RawRecord raw = RawRecord.fromJson(map);
		if (raw.item() != null && !item.equals(String.valueOf(raw.item()))) {
			return new SourceRow(line, raw, List.of(new RecordError("item", "ITEM_MISMATCH",
					"该行的信息项与批次的信息项（" + item + "）不同")));
		}
		return new SourceRow(line, new RawRecord(item, raw.sourceRef(), raw.subjectType(), raw.subjectId(),
				raw.subjectName(), raw.occurredOn(), raw.endedOn(), raw.fields()), List.of());
	}
}
